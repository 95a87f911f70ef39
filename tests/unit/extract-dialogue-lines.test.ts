// Dialogue lines: a person's name and a colon opening a paragraph, then the quote of what they said.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract';

const quote = (r: ReturnType<typeof extract>, start: string) => r.claims.find((c) => c.kind === 'quote' && c.text.startsWith(start));

const DEBATE = [
  'Mayor Tomas Brandt and his rival Ana Kelmor met in Ostra for a televised debate on Sunday.',
  'Each could ask the other one question.',
  'Kelmor: “Will you release the budget audit?”',
  'Brandt: “No, because the audit is not finished. Will you say who paid for your campaign?”',
  'Kelmor: “Yes.”',
].join('\n\n');

describe('a dialogue line "Name: “…”"', () => {
  it('gives the quote to the person the label names', () => {
    const r = extract(DEBATE);
    expect(quote(r, 'Will you release')?.attributedTo).toBe('Ana Kelmor');
    expect(quote(r, 'No, because')?.attributedTo).toBe('Tomas Brandt');
  });
  it('keeps a one-word reply that fills the line as a quote', () => {
    expect(quote(extract(DEBATE), 'Yes')?.attributedTo).toBe('Ana Kelmor');
  });
  it('keeps a short quote inside a running sentence out', () => {
    const r = extract('Mayor Tomas Brandt spoke in Ostra on Sunday.\n\nBrandt: his answer was “yes” and nothing more.');
    expect(quote(r, 'yes')).toBeUndefined();
  });
  it('gives no speaker to a label that names no person', () => {
    const r = extract('Mayor Tomas Brandt spoke in Ostra on Sunday.\n\nUpdate: “The bridge at Varn will stay closed until further notice.”');
    expect(quote(r, 'The bridge')?.attributedTo).toBeNull();
  });
});
