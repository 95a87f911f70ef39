// "According to X, <a thing> revealed “…”": the quote in a sentence X reports is X's, not a name's in an aside.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract';

const speaker = (text: string) => extract(text).claims.find((c) => c.kind === 'quote')?.attributedTo ?? null;
const QUOTE = '“dozens of bodies piled on top of each other along the fence.”';

describe('According to X, a thing …, shared by Y, revealed “…”', () => {
  it('gives the quote to the source after "according to"', () => {
    expect(speaker('According to the daily Ostra Times, a video of the moment the crowd reached the border, shared by the Kelmor Association for Human Rights and confirmed by geolocation, revealed ' + QUOTE)).toBe('Ostra Times');
  });
  it('leaves a named speaker of the clause its quote', () => {
    expect(speaker('According to the Ostra Times, the spokesman of the Kelmor Association for Human Rights, Tomas Varn, said ' + QUOTE)).toBe('Tomas Varn');
  });
});
