// A number in words with its digits in brackets after it ("twelve (12) trucks") is one figure, whose noun is read after the bracket.
import { describe, expect, it } from 'vitest';
import { figures } from './extract-helpers';

describe('a number word with its digits in brackets', () => {
  it('reads one figure with the noun after the bracket', () => {
    const text = 'The raiders torched twelve (12) trucks and three (3) tractors in Varn.';
    expect(figures(text).map((f) => [f.phrase, f.value, f.unit])).toEqual([
      ['twelve (12)', 12, 'trucks'],
      ['three (3)', 3, 'tractors'],
    ]);
  });
  it('keeps a bracketed number of another value as a figure of its own', () => {
    expect(figures('Ostra lost twelve (10 of them new) trucks.').map((f) => f.value)).toEqual([12, 10]);
  });
});
