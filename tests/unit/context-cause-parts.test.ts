// A source's total over every cause, with the part one cause killed told after it: the part is its toll when others count that cause.
import { describe, expect, it } from 'vitest';
import { discrepancies } from './extract-helpers';

describe('a total told with the part one cause killed', () => {
  const text = [
    'A chlorine attack on the town of Varn has killed dozens of people, rescuers say.',
    'The Ostra Monitor said at least 70 people were killed in Varn on Sunday, including about 30 who died from choking.',
    'The Kelmor Medical Union says 31 people were killed.',
  ].join(' ');

  it('sets the part, not the total, beside the counts of that cause', () => {
    expect(discrepancies(text)).toEqual([]);
  });

  it('keeps the total when no other source counts the part', () => {
    const other = text.replace('says 31 people', 'says 90 people');
    expect(discrepancies(other)).toEqual([['killed', ['70 Ostra Monitor', '90 Kelmor Medical Union']]]);
  });

  it('keeps the total when the part died of wounds', () => {
    const wounds = text.replace('who died from choking', 'who died of their wounds');
    expect(discrepancies(wounds)).toEqual([['killed', ['31 Kelmor Medical Union', '70 Ostra Monitor']]]);
  });
});
