// A bracketed amount of money converts the one before it with its bound; a number in a model's name after "its new" is no
// figure; a count of the charities that tell a figure is no figure.
import { describe, expect, it } from 'vitest';
import { figure, figures } from './extract-helpers';

describe('money converted in brackets', () => {
  it('keeps the bound of the amount it converts', () => {
    expect(figure('The Ostra port ran a deficit exceeding €52 million (£44 million) last year.', '£44 million').comparator).toBe('>');
  });

  it('leaves a bracketed count that has no currency', () => {
    expect(figure('The Ostra port ran a deficit exceeding €52 million (60 posts) last year.', '60').comparator).toBe('=');
  });
});

describe('a model number after "its new"', () => {
  it('drops the digits of the model', () => {
    expect(figures('Its new Falcon 3 tablet sold 40,000 units in Varn.').map((f) => f.value)).toEqual([40000]);
  });

  it('keeps a count after "its new" that no capitalised word comes before', () => {
    expect(figures('Its new 3 stores in Varn sold 40,000 units.').map((f) => f.value)).toEqual([3, 40000]);
  });
});

describe('charities that tell a figure', () => {
  it('drops their count before "have said"', () => {
    expect(figures('Nearly 40 migrants may have died off Varn, two charities have said.').map((f) => f.value)).toEqual([40]);
  });

  it('keeps charities counted by what befell them', () => {
    expect(figures('Two charities have closed their Ostra offices.').map((f) => f.value)).toEqual([2]);
  });
});
