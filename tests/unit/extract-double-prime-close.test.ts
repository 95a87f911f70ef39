// A double prime (″) typed for the closing mark of a quote.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract';

const quotes = (text: string) => extract(text).claims.filter((c) => c.kind === 'quote');

describe('a quote closed by a double prime', () => {
  it('ends the quote there when a second quote opens after it, each with the tag between', () => {
    const q = quotes('“Four more bodies were found near Varn, raising the toll to 31″a police officer in Kelmor told reporters, adding that “nine people are still in hospital in Ostra.”');
    expect(q.map((c) => c.text)).toEqual(['Four more bodies were found near Varn, raising the toll to 31', 'nine people are still in hospital in Ostra.']);
    expect(q[0]!.reportedBy).toBe('a police officer in Kelmor');
  });
  it('leaves a double prime for inches inside a quote that closes normally', () => {
    const q = quotes('“The water rose to 6′2″ in the lower town of Varn,” Mayor Ana Kelmor said.');
    expect(q.map((c) => c.text)).toEqual(['The water rose to 6′2″ in the lower town of Varn']);
    expect(q[0]!.attributedTo).toBe('Ana Kelmor');
  });
});
