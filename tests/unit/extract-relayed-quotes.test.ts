// `X said that … "words," Kelmor Press wrote.`: an outlet tagging a quote a named person says in the same sentence only carries it.
import { describe, expect, it } from 'vitest';
import { quoteStarting as quote } from './extract-helpers';

describe('a partial quote of a person, tagged after it by an outlet', () => {
  it('is the person’s words, not the outlet’s', () => {
    const text = 'Tomas Varn, governor of the Ostra central bank, reportedly said that the bank does expect growth "to pick up again in the coming months," Kelmor Press wrote separately.';
    expect(quote(text, 'to pick up again')?.attributedTo).toBe('Tomas Varn');
  });
  it('stays the outlet’s where no person speaks before it', () => {
    const text = 'The bank in Ostra still expects growth "to pick up again in the coming months," Kelmor Press wrote separately.';
    expect(quote(text, 'to pick up again')?.attributedTo).toBe('Kelmor Press');
  });
});
