// Two number words joined by a hyphen, the second the greater ("six-seven percent"), are a range, as "six to seven" is.
import { describe, expect, it } from 'vitest';
import { figures } from './extract-helpers';

describe('a range of number words joined by a hyphen', () => {
  it('reads "six-seven percent" as a range of percentages', () => {
    expect(figures('Growth in Varn may slow to six-seven percent, the bank said.').map((f) => [f.value, f.upTo, f.unit])).toEqual([[6, 7, '%']]);
  });
  it('keeps a compound number word one number', () => {
    expect(figures('Thirty-six people were hurt in Ostra.').map((f) => [f.value, f.upTo])).toEqual([[36, null]]);
  });
});
