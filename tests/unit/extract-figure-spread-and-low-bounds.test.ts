// "as low as N" bounds an estimate from below; "over" after a verb of spreading is a preposition of place, no bound.
import { describe, expect, it } from 'vitest';
import { figure } from './extract-helpers';

describe('the low end of an estimate', () => {
  it('reads "as low as" as at least', () => {
    expect(figure('Farm job cuts in Kelmor could be as low as 250, the ministry said.', 'as low as 250').comparator).toBe('>=');
  });

  it('keeps "as high as" as at most', () => {
    expect(figure('Farm job cuts in Kelmor could be as high as 250, the ministry said.', 'as high as 250').comparator).toBe('<=');
  });
});

describe('"over" after a verb of spreading', () => {
  it('counts the places exactly', () => {
    const f = figure('The blaze, spread over five blocks of the Ostra market, forced out about 3,000 traders.', 'five');
    expect([f.comparator, f.value, f.unit]).toEqual(['=', 5, 'blocks']);
  });

  it('keeps "spread over more than" a bound and a bare "over" more than', () => {
    expect(figure('Flooding in Varn spread over more than 40 villages.', 'more than 40').comparator).toBe('>');
    expect(figure('The flood reached over 40 villages in Varn.', 'over 40').comparator).toBe('>');
  });
});

describe('a bare count that job losses may come to', () => {
  it('counts the job cuts', () => {
    expect(figure('Farm job cuts in Kelmor could be as low as 250, the ministry said.', 'as low as 250').unit).toBe('job cuts');
  });

  it('leaves a count of other cuts bare', () => {
    expect(figure('Price cuts in Kelmor could be as low as 5, the ministry said.', 'as low as 5').unit).toBeNull();
  });
});
