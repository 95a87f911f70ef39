// Round 12: rows of "reported differently" where no two sources disagree.
import { describe, expect, it } from 'vitest';
import { agree } from '../../src/context/figures-agree';
import { discrepancies } from './extract-helpers';

describe('round 12: one figure told twice is no disagreement', () => {
  it('a count an update replaced ("raised from six") is no rival of the new count, also without "to N"', () => {
    const text =
      'Floods struck the valley of Varna on Monday. The number of missing was raised from six earlier in the day after villagers called the police, said Ivana Petrova, the regional governor. "There are now 27 missing people," Petrova said. Rescuers said 27 people were missing.';
    expect(discrepancies(text)).toEqual([]);
  });

  it('a count out of a group named first ("Of those detained on Monday, 41 …") is a part of the toll, not a rival one', () => {
    const text =
      'Police detained about 300 people at the rally in Tarvos on Monday, the Interior Ministry said. Some 300 people were detained across the city, the ministry said.\nOf those detained on Monday, 41 remain in custody, officials added.';
    expect(discrepancies(text)).toEqual([]);
  });

  it('a rounded number agrees with the count it rounds ("nearly 200" and 198), not with a count far from it', () => {
    expect(agree({ value: 200, comparator: '~' }, { value: 198 })).toBe(true);
    expect(agree({ value: 197 }, { value: 200, comparator: '<' })).toBe(true);
    expect(agree({ value: 200, comparator: '~' }, { value: 160 })).toBe(false);
    expect(agree({ value: 200 }, { value: 198 })).toBe(false);
    expect(agree({ value: 200, comparator: '>' }, { value: 198 })).toBe(false);
  });

  it('"nearly 200 missing" from an agency and 198 from the police are one figure; 120 from another is a rival', () => {
    const same =
      'A tower collapsed in Dorval on Friday. Police chief Marco Lenz said 198 people were missing. Nearly 200 people were missing, Reuters reported.';
    expect(discrepancies(same)).toEqual([]);
    const rival = `${same} Commissioner Ana Ruiz said 120 people were missing.`;
    expect(discrepancies(rival).map(([about]) => about)).toEqual(['missing']);
  });
});

describe('round 12: a rounded number is no looser than its last digit', () => {
  it('"about 12,500" does not agree with 12,130 (it rounds to hundreds), "about 12,000" does', () => {
    expect(agree({ value: 12500, comparator: '~' }, { value: 12130 })).toBe(false);
    expect(agree({ value: 12000, comparator: '~' }, { value: 12130 })).toBe(true);
  });
});
