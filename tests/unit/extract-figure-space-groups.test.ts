// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { discrepancies, figures } from './extract-helpers';

/** Every figure of the text's figure claims, as [comparator, value, phrase]. */
const read = (text: string): [string, number, string][] => figures(text).map((f) => [f.comparator, f.value, f.phrase]);

describe('figures: thousands set off by spaces ("3 000")', () => {
  it('reads a plain space between groups of three as one number, with its comparator', () => {
    expect(read('Guards have detained more than 4 000 strikers since the vote, a union said.')).toEqual([['>', 4000, 'more than 4 000']]);
    expect(read('The league said about 2 700 of its fans were held at the border.')).toEqual([['~', 2700, 'about 2 700']]);
  });

  it('reads no-break, narrow no-break and thin spaces, several groups and a currency', () => {
    expect(read('Rangers counted 1\u00A0250 elephants and 3\u202F400 buffalo.')).toEqual([
      ['=', 1250, '1\u00A0250'],
      ['=', 3400, '3\u202F400'],
    ]);
    expect(read('The bridge will cost R14 250 000, the mayor said.')).toEqual([['=', 14_250_000, 'R14 250 000']]);
    expect(read('About 2\u2009100 voters signed it.')).toEqual([['~', 2100, 'About 2\u2009100']]);
  });

  it('joins no groups after a month\'s day or a year', () => {
    expect(read('On April 12 400 nurses walked out, and 1 300 more joined them.')).toEqual([
      ['=', 400, '400'],
      ['=', 1300, '1 300'],
    ]);
    expect(read('In 2019 250 nurses walked out; 2 250 joined them.')).toEqual([
      ['=', 250, '250'],
      ['=', 2250, '2 250'],
    ]);
  });

  it('joins no group of another length, nor one that runs into decimals', () => {
    const values = read('The hotline, 800 555 1234, took 1 500 calls; the grant came to 4 000.75 euros.').map(([, v]) => v);
    expect(values).toContain(1500);
    expect(values).not.toContain(800555);
    expect(values).not.toContain(4000);
  });

  it('sets two sources\' space-grouped tolls side by side', () => {
    const text = 'Police said 1 200 people were arrested in the city. A rights group said 4 500 people were arrested there.';
    expect(discrepancies(text)).toEqual([['detained', ['1200 police (unnamed)', '4500 a rights group (unnamed)']]]);
  });
});
