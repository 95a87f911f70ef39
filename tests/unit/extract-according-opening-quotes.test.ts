// "According to X, <a thing> revealed “…”": the quote in a sentence X reports is X's, not a name's in an aside.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract';

const speaker = (text: string) => extract(text).claims.find((c) => c.kind === 'quote')?.attributedTo ?? null;
const QUOTE = '“rows of tents pushed flat by the wind along the river.”';

describe('According to X, a thing …, shared by Y, revealed “…”', () => {
  it('gives the quote to the source after "according to"', () => {
    expect(speaker('According to the daily Ostra Times, a clip filmed as the water rose, posted by the Kelmor Association for Human Rights and checked by its analysts, showed ' + QUOTE)).toBe('Ostra Times');
  });
  it('leaves a named speaker of the clause its quote', () => {
    expect(speaker('According to the Ostra Times, the spokesman of the Kelmor Association for Human Rights, Tomas Varn, said ' + QUOTE)).toBe('Tomas Varn');
  });
});
