// "the Paris-based rights group said": where a body sits describes it, and the description stands for the body that spoke.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract';
import { quoteStarting as quote } from './extract-helpers';

const LEAD = 'At least 40 people were killed in Ostra, Kelmor Watch said Monday.\n\n';

describe('a body described by where it sits', () => {
  it('stands for the body named speaking before, for a short quote in its sentence and an "it said" after', () => {
    const text = LEAD + 'Speaking on Tuesday, the Paris-based rights group said its staff had heard "dozens of accounts" in the camps.\n\n"Nearly every victim we counted was shot," it said.';
    expect(quote(text, 'dozens of accounts')?.attributedTo).toBe('Kelmor Watch');
    expect(quote(text, 'Nearly every victim')?.attributedTo).toBe('Kelmor Watch');
  });
  it('stands for no one where the noun is no kind of body ("the Paris-based lawyer")', () => {
    const text = LEAD + 'Speaking on Tuesday, the Paris-based lawyer said he had heard "dozens of accounts" in the camps.';
    expect(extract(text).claims.some((c) => c.attributedTo === 'Kelmor Watch' && c.text.startsWith('Speaking on Tuesday'))).toBe(false);
  });
});
