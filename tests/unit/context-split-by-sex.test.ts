// A toll told split by sex ("nine women and six men died") gives two parts of one toll, no rival of another source's whole.
import { describe, expect, it } from 'vitest';
import { discrepancies } from './extract-helpers';

describe('a toll split by sex', () => {
  it('makes no row of the men’s count against another source’s whole', () => {
    const text =
      'A blaze tore through a textile depot in Ostra on Monday. Officials said nine women and six men died in the depot. Dr Lena Varsk of Ostra General Hospital said 15 people had died.';
    expect(discrepancies(text)).toEqual([]);
  });

  it('still sets a count of men alone against another source’s', () => {
    const text =
      'A blaze tore through a textile depot in Ostra on Monday. Officials said six men died in the depot. Dr Lena Varsk of Ostra General Hospital said 15 people had died.';
    expect(discrepancies(text)).toEqual([['killed', ['6 officials (unnamed)', '15 Lena Varsk']]]);
  });
});
