// A count the clause gives to the official figures or government data is the officials' count, another source than the
// unnamed count it is set against (toll-sources.ts officialFigures).
import { describe, expect, it } from 'vitest';
import { discrepancies } from './extract-helpers';

describe('a count of the official figures against an unnamed count', () => {
  it('sets "official figures show only 31" against an unnamed higher count', () => {
    const text =
      'A fever outbreak in Varn may have killed more than 70 people, as clinics fear many deaths went unrecorded. ' +
      'Official figures show only 31 people died of the fever in Varn.';
    expect(discrepancies(text)).toEqual([['killed', ['31 Official figures (unnamed)', '70 -']]]);
  });

  it('sets "government data shows just 12 died" against the unnamed tally', () => {
    const text = 'The tally of fever deaths in Varn reached 44, while government data shows just 12 people died in Varn.';
    expect(discrepancies(text)).toEqual([['killed', ['12 government data (unnamed)', '44 -']]]);
  });

  it('still sets no two unnamed counts against each other', () => {
    const text =
      'A fever outbreak in Varn may have killed more than 70 people, as clinics fear many deaths went unrecorded. ' +
      'Figures from one clinic show only 31 people died of the fever in Varn.';
    expect(discrepancies(text)).toEqual([]);
  });
});
