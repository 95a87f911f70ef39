// A conflict's running total ("since 2011", "the rebellion, which has killed …") is no count of one attack of it.
import { describe, expect, it } from 'vitest';
import { discrepancies } from './extract-helpers';

describe('running totals of a conflict', () => {
  it('keeps a total counted "since" a year out of the attack\'s row', () => {
    const text = [
      'A bomb killed at least 9 people at a bus stop in Ostra, the army said.',
      'The Ostra Herald said 14 people were killed.',
      'Ostra has suffered most from the revolt, led by a cleric from the hills, which has killed more than 6,000 people and driven 90,000 from their farms since 2013.',
    ].join(' ');
    expect(discrepancies(text)).toEqual([['killed', ['9 the army (unnamed)', '14 Ostra Herald']]]);
    // The same count with no "since" is a count of the story's attack.
    const own = text.replace(' since 2013', '');
    expect(discrepancies(own)).toEqual([['killed', ['9 the army (unnamed)', '14 Ostra Herald', '6000 -']]]);
  });

  it('keeps the total of "the rebellion, …, which has killed" out of the attack\'s row', () => {
    const text = [
      'A bomb killed at least 9 people at a bus stop in Ostra, the army said.',
      'The Ostra Herald said 14 people were killed.',
      'Ostra has suffered most from the rebellion, led by a cleric from the hills, which has killed more than 6,000 people.',
    ].join(' ');
    expect(discrepancies(text)).toEqual([['killed', ['9 the army (unnamed)', '14 Ostra Herald']]]);
  });
  it('keeps the toll of "the bombing, …, which killed" in the row', () => {
    const text = [
      'A bomb killed at least 9 people at a bus stop in Ostra, the army said.',
      'The Ostra Herald said 14 people were killed.',
      'Ostra has suffered most from the bombing, claimed by a cleric from the hills, which killed 60 people.',
    ].join(' ');
    expect(discrepancies(text)).toEqual([['killed', ['9 the army (unnamed)', '14 Ostra Herald', '60 -']]]);
  });
});
