// A row shows a disagreement between two sources once: not one source's two values, nor a row told again by a description.
import { describe, expect, it } from 'vitest';
import { placedDiscrepancies } from './extract-helpers';

describe('rows that show no disagreement of their own', () => {
  const lead = 'The death toll in Ostra rose to 40 as the storm moved on, according to the count of the Kelmor Relief Council.';
  const among = 'Among the 40 dead bodies, only nine were named, including a driver who was caught in the Varn Valley mudslide.';
  const police = 'The Kelmor Police reported 40 deaths on Monday and over 50 deaths on Tuesday.';

  it('drops a row whose listed values are one source\'s once a repeated count is left out', () => {
    expect(placedDiscrepancies([lead, among, police].join(' '))).toEqual([
      ['killed', ['Ostra'], ['40 Kelmor Relief Council', '40 Kelmor Police', '50 Kelmor Police']],
    ]);
  });

  it('keeps the place\'s row when another source gives its own count there', () => {
    const herald = 'The Varn Herald said 45 people died in Varn Valley.';
    expect(placedDiscrepancies([lead, among, police, herald].join(' '))).toEqual([
      ['killed', ['Ostra'], ['40 Kelmor Relief Council', '40 Kelmor Police', '50 Kelmor Police']],
      ['killed', ['Varn Valley'], ['40 Kelmor Police', '45 Varn Herald', '50 Kelmor Police']],
    ]);
  });
});

describe('a row told again by a description of its source', () => {
  const named = 'The Ostra Rights Commission said on Monday that 39 people were killed in the riots in Varn.';
  const vell = 'President Aron Vell said on Sunday that 19 people were killed in the riots.';

  it('drops the second row where the named source is told again as "the state-funded body"', () => {
    const body = '“Our count shows that thirty-nine people were killed in the riots countrywide,” the state-funded body wrote on Tuesday.';
    expect(placedDiscrepancies([named, body, vell].join(' '))).toEqual([['killed', ['Varn'], ['19 Aron Vell', '39 Ostra Rights Commission']]]);
  });

  it('keeps a second row whose count differs, or whose source is named', () => {
    const other = '“Our count shows that forty-one people were killed in the riots countrywide,” the state-funded body wrote on Tuesday.';
    expect(placedDiscrepancies([named, other, vell].join(' '))).toEqual([
      ['killed', ['Varn'], ['19 Aron Vell', '39 Ostra Rights Commission']],
      // The description stands for the commission named before it (described-bodies), so the 41 is the commission's.
      ['killed', ['the country'], ['19 Aron Vell', '41 Ostra Rights Commission']],
    ]);
    const herald = 'The Kelmor Herald said thirty-nine people have died in the protests countrywide.';
    expect(placedDiscrepancies([named, herald, vell].join(' '))).toEqual([
      ['killed', ['Varn'], ['19 Aron Vell', '39 Ostra Rights Commission']],
      ['killed', ['the country'], ['19 Aron Vell', '39 Kelmor Herald']],
    ]);
  });
});
