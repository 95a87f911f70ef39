// A round lower bound ("at least 100") and a count just past it (103) are one figure, not two tolls.
import { describe, expect, it } from 'vitest';
import { agree } from '../../src/context/figures-agree';
import { discrepancies } from './extract-helpers';

describe('round bounds agree with counts just past them', () => {
  it('"at least 80 people were detained after the protests" and "83 people were in detention" agree', () => {
    const text =
      'At least 80 people were detained after weekend protests in the capital, police said. Marta Quintas, an official with the interior ministry, said 83 people were in detention.';
    expect(discrepancies(text)).toEqual([]);
  });

  it('a bound agrees only with counts on its side and near it', () => {
    expect(agree({ value: 100, comparator: '>=' }, { value: 103 })).toBe(true);
    expect(agree({ value: 100, comparator: '>=' }, { value: 97 })).toBe(false);
    expect(agree({ value: 12, comparator: '>=' }, { value: 20 })).toBe(false);
    expect(agree({ value: 50, comparator: '<=' }, { value: 48 })).toBe(true);
    // Two bounds are two tolls: "at least 50" and "as high as 52".
    expect(agree({ value: 50, comparator: '>=' }, { value: 52, comparator: '<=' })).toBe(false);
  });

  it('two near bounds on one side agree; far ones, or bounds on two sides, do not', () => {
    expect(agree({ value: 20, comparator: '>' }, { value: 21, comparator: '>' })).toBe(true);
    expect(agree({ value: 200, comparator: '>=' }, { value: 210, comparator: '>' })).toBe(true);
    expect(agree({ value: 50, comparator: '>=' }, { value: 80, comparator: '>=' })).toBe(false);
    expect(agree({ value: 20, comparator: '>' }, { value: 21, comparator: '<=' })).toBe(false);
  });

  it('"more than a dozen hurt" and "more than 13 hurt" make no row; "more than a dozen" and "more than 30" do', () => {
    const text = 'A tram left the rails in Ostra on Tuesday, killing at least 9 people and injuring more than a dozen, officials said.\n\n"We count 9 dead and more than 13 hurt so far," city fire chief Alma Rettig said.';
    expect(discrepancies(text)).toEqual([]);
    expect(discrepancies(text.replace('more than 13', 'more than 30'))).toEqual([['injured', ['12 officials (unnamed)', '30 Alma Rettig']]]);
  });
});
