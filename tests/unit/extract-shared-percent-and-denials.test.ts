// A percent sign shared by a list of numbers, a lower bound "up to" an upper one, and a count someone has no record of.
import { describe, expect, it } from 'vitest';
import { figure, phrases } from './extract-helpers';

describe('a list of numbers before one with the percent sign', () => {
  it('shares the sign with every number of the list', () => {
    const text = 'Rents in Varn, Ostra and Kelmor went up by 0.8, 2.4 and 3.6 per cent respectively last year.';
    expect(figure(text, '0.8').unit).toBe('%');
    expect(figure(text, '2.4').unit).toBe('%');
  });
  it('leaves a count before a single share alone', () => {
    expect(figure('Police held 40 men and 12 percent of them were minors.', '40').unit).not.toBe('%');
  });
});

describe('"at least" one number "up to" another', () => {
  it('is one range', () => {
    expect(figure('The rally drew at least 30,000 up to 45,000 marchers, organisers said.', 'at least 30,000 up to 45,000')).toMatchObject({ value: 30000, upTo: 45000 });
  });
  it('leaves "up to" after a plain number alone', () => {
    expect(phrases('The hall holds 300, up to 500 standing.')).toContain('up to 500');
  });
});

describe('a count someone has no record of', () => {
  it('is no figure', () => {
    expect(phrases('“We found no evidence of 90 deaths,” the governor of Varn said.')).toEqual([]);
  });
  it('leaves a count of records alone', () => {
    expect(phrases('The clinic keeps a record of 90 deaths in Ostra.')).toContain('90');
  });
});
