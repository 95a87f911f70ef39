// A bare count that names again what another count counts takes that count's noun: an earlier count ("down from 900"),
// a share of a whole ("about 100 of them", "15 out of 20 seats"); and a population's count ("affected population") counts people.
import { describe, expect, it } from 'vitest';
import { discrepancies, figure } from './extract-helpers';

const read = (text: string, phrase: string): [string | null, string | null] => [figure(text, phrase).unit, figure(text, phrase).about];

describe('an earlier count after "down from"', () => {
  const text = 'The Ostra Red Cross still had more than 500 people listed as missing late on Friday, down sharply from more than 900 earlier in the day.';

  it('counts what the count before it counts', () => {
    expect(read(text, 'more than 900')).toEqual(['people', 'missing']);
  });

  it('is replaced by the later count: no rival of another source\'s count', () => {
    const rows = `${text} The Varn Times said 700 people were missing.`;
    expect(discrepancies(rows)).toEqual([['missing', ['500 Ostra Red Cross', '700 Varn Times']]]);
  });

  it('leaves a bare count after "from" with no "down" or "up" as it is', () => {
    expect(read('Police said 500 people were missing, mostly from 90 villages.', '90')).toEqual(['villages', null]);
  });
});

describe('a share of a whole', () => {
  it('reads "about 100 of them" with the noun of the count before, and "15 out of 20 seats" with the noun after', () => {
    expect(read('Ostra has nearly 1,000 offshore islands -- about 100 of them populated.', 'about 100')).toEqual(['offshore islands', null]);
    expect(read('The Kelmor party celebrated its victory on 15 out of 20 seats.', '15')).toEqual(['seats', null]);
  });

  it('leaves "two of them" after a change, and "out of" before no number, as they are', () => {
    expect(read('Shares of Varn Bank fell 5%, and two of them were sold.', 'two')).toEqual([null, null]);
    expect(read('The Kelmor party won 15 out of fear of losing seats.', '15')).toEqual([null, null]);
  });
});

describe('a total "in all" of a thing and others', () => {
  it('reads "that case and others … there are 34 in all" as 34 cases', () => {
    expect(read('The Kelmor party claims that case and others against Mr Varn—there are 34 in all—are politically motivated.', '34')).toEqual(['cases', null]);
  });

  it('leaves a total "in all" after no "and others" as it is', () => {
    expect(read('The Kelmor party filed appeals—there are 34 in all.', '34')).toEqual([null, null]);
  });
});

describe('a population\'s count', () => {
  it('reads "the total affected population is between 1.6 million and 2.5 million" as people affected, no event', () => {
    expect(read('The Ostra Red Cross said the total affected population is between 1.6 million and 2.5 million.', 'between 1.6 million and 2.5 million')).toEqual(['people affected', null]);
  });

  it('reads the population of a place as a population, no one affected', () => {
    expect(read('Ostra has a population of 2.5 million.', '2.5 million')).toEqual(['population', null]);
  });
});

describe('a count picked out by "of these/those" and a noun', () => {
  it('"1,116 of these patients" counts patients; "four of these" with no noun stays bare', () => {
    expect(figure('The clinics admitted 5,166 patients this year, and 1,116 of these patients are still being treated in Varn.', '1,116').unit).toBe('patients');
    expect(figure('Some 200 people were killed in Varn, and four of these were children.', 'four').unit).toBeNull();
  });
});
