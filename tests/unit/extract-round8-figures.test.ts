// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { figure, phrases } from './extract-helpers';

describe('eighth round: how close a figure comes to its number', () => {
  it('reads "neared" and "almost" as short of the number', () => {
    expect(figure('The number of evacuees in Brask neared 4,000 on Sunday.', 'neared 4,000')).toMatchObject({ value: 4000, comparator: '<' });
    expect(figure('The council spent almost $3 million on the bridge.', 'almost $3 million')).toMatchObject({ value: 3_000_000, comparator: '<' });
  });
  it('keeps "nearly" as about the number', () => {
    expect(figure('Nearly 300 people attended the fair in Ostrava.', 'Nearly 300').comparator).toBe('~');
  });
});

describe('eighth round: forecasts and amounts of money count no event', () => {
  it('gives a forecast of a toll no event and no exact value', () => {
    const f = figure('Officials in Port Keel said the number of missing residents is expected to reach 900.', '900');
    expect(f).toMatchObject({ comparator: '~', about: null });
  });
  it('still counts the missing where no forecast is made', () => {
    expect(figure('Officials in Port Keel said 900 residents were missing.', '900').about).toBe('missing');
  });
  it('gives an amount of money no people event from the words around it', () => {
    expect(figure('The judge took almost $2 million from the builder of the detention centers.', 'almost $2 million').about).toBeNull();
    expect(figure('Police said 12 people were detained at the centre.', '12').about).toBe('detained');
  });
  it('counts those who suffered an injury as injured', () => {
    expect(figure('The ministry said 21 sailors suffered serious head injury in the blast.', '21').about).toBe('injured');
    expect(figure('The ministry said 21 sailors attended a course on injury prevention.', '21').about).toBeNull();
  });
});

describe('eighth round: the direction of a change', () => {
  it('reads a cut "by" an amount after a long object as a fall', () => {
    expect(figure("The tablet can reduce the patients' risk of a relapse by 30 percent.", '30 percent').change).toBe('fall');
  });
  it('reads "the decline was 3%" as a fall and "the increase was 4%" as a rise', () => {
    expect(figure('On a like-for-like basis, the decline was 3%.', '3%').change).toBe('fall');
    expect(figure('Measured in euros, the increase was 4%.', '4%').change).toBe('rise');
  });
  it('does not read the level of a growth rate as a change', () => {
    expect(figure("The division's growth rate was 17% last year.", '17%').change).toBeNull();
  });
  it('gives a percentage in words with a noun of change its unit and direction', () => {
    expect(figure('Orvek sold two million kettles, a three percent unit increase.', 'a three')).toMatchObject({ value: 3, unit: '%', change: 'rise' });
  });
  it('gives a change restated after ", or" the direction of the first', () => {
    const text = 'Sales of the cloud unit grew 10% year on year, or 12% in constant currency.';
    expect(figure(text, '12%').change).toBe('rise');
  });
  it('gives no direction to a figure after "or" when the first states none', () => {
    expect(figure('The share of renters was 10%, or 12% in the capital.', '12%').change).toBeNull();
  });
});

describe('eighth round: numbers that are no figures', () => {
  it('skips the version or model of a product', () => {
    expect(phrases('Zentro said revenue rose 9 percent as pFone 7 sales grew and vOS 12 shipped in 5 stores.')).toEqual(['9 percent', '5']);
    expect(phrases('Zentro said revenue rose 9 percent as sales grew in 7 stores.')).toEqual(['9 percent', '7']);
  });
  it('skips years before "ago" whatever their count, and keeps other counts of days before "ago"', () => {
    expect(phrases('Thirty years ago, doctors in Lindmark had no treatment for the disease.')).toEqual([]);
    expect(figure('Nearly 100 days ago, the strike began in Lindmark.', 'Nearly 100').unit).toBe('days');
  });
  it('skips a count of days set off before "after", which says when', () => {
    expect(phrases('The toll rose on Monday, 10 days after the storm hit the coast.')).toEqual([]);
  });
  it('keeps an amount of time before "after" that is not set off', () => {
    expect(figure('The works were delayed by another six months after engineers found cracks.', 'six').unit).toBe('months');
  });
});

describe('eighth round: a count taken out of a group', () => {
  it('makes a count "of the confirmed dead" a part of the toll', () => {
    expect(figure('Sheriff Ona Brill said 17 of the confirmed dead had yet to be identified.', '17').about).toBeNull();
  });
  it('keeps a toll taken out of a group of another event', () => {
    expect(figure('More than 40 men had vanished, and at least three of the men had been killed.', 'at least three').about).toBe('killed');
  });
});
