// Numbers that say when or where, no amount: clock times, a report's period, an address, the age a rule sets, the span
// events ran across.
import { describe, expect, it } from 'vitest';
import { figure, figures, phrases } from './extract-helpers';

describe('clock times', () => {
  it('drops four clock digits before "hours" after a preposition of time', () => {
    expect(phrases('The count began after the booths closed at 1900 hours on Sunday.')).toEqual([]);
  });
  it('keeps an amount of hours', () => {
    expect(figures('Volunteers in Ostra spent 1200 hours clearing the roads.').map((f) => [f.value, f.unit])).toEqual([[1200, 'hours']]);
  });
  it('drops hours and minutes with a point before a time of day', () => {
    expect(phrases('The bridge at Varn gave way at about 6.45 this evening, the police said.')).toEqual([]);
    expect(phrases('The first train left Kelmor at 8.15 a.m.')).toEqual([]);
  });
  it('keeps a decimal with no time of day after it', () => {
    expect(figures('The rate rose to about 6.45 per cent in Varn.').map((f) => f.value)).toEqual([6.45]);
  });
});

describe('the period of a report', () => {
  it('drops "the previous four quarters" and "the initial three months"', () => {
    expect(phrases('Output in Varn grew faster than in the previous three quarters.')).toEqual([]);
    expect(phrases('Exports fell in the initial six months of the year, the bureau said.')).toEqual([]);
  });
  it('keeps quarters counted as an amount', () => {
    expect(figures('The Kelmor mill has made a loss for five quarters.').map((f) => f.unit)).toEqual(['quarters']);
  });
});

describe('an address', () => {
  it('drops a number before a lone capitalised word after a preposition of place', () => {
    expect(phrases('The new premier will move into 12 Harrow next week.')).toEqual([]);
  });
  it('keeps a count of a place-named group', () => {
    expect(figures('The blast killed 12 Varn soldiers near the border.').map((f) => f.value)).toEqual([12]);
  });
});

describe('the age a rule sets', () => {
  it('drops the age after "age … to"', () => {
    expect(phrases('The party vowed to bring the pension age back to 63.')).toEqual([]);
    expect(phrases('Varn will raise the retirement age to 67.')).toEqual([]);
  });
  it('keeps a count after "to" with no age before it', () => {
    expect(figures('The toll in Varn rose to 67.').map((f) => f.value)).toEqual([67]);
  });
});

describe('a span events ran across', () => {
  it('drops "over" days after a verb of happening', () => {
    expect(phrases('The raids in Ostra took place over five days, the group said.')).toEqual([]);
  });
  it('drops "over" days after a verb of dying; the deaths stay', () => {
    expect(phrases('At least 45 calves have died over three days at a Kelmor farm, vets said.')).toEqual(['At least 45']);
  });
  it('keeps "over" days after other verbs as more than', () => {
    expect(figures('Protests in Varn went on for over five days.').map((f) => [f.comparator, f.value])).toEqual([['>', 5]]);
  });
});

describe('a stretch up to now after "these past"', () => {
  it('drops "these past N years" with no preposition before it, a range too', () => {
    expect(phrases('“These past two or three years the Varn clinics have struggled,” the minister said.')).toEqual([]);
    expect(phrases('Ostra has lost its nurses these last four years.')).toEqual([]);
  });
  it('keeps a count of years after another word', () => {
    expect(figure('These nurses served four years in Ostra.', 'four').unit).toBe('years');
  });
});
