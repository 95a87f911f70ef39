// Bounds read away from the number: "or so" after it, a bound after the noun that outweighs "an estimated", "estimated to"
// and a verb, and "over" after the rate of a change (the base it is measured from).
import { describe, expect, it } from 'vitest';
import { figure } from './extract-helpers';

describe('"or so" after a number rounds it', () => {
  it('reads "or so" after a bare count as about', () => {
    expect(figure('A further 60 or so were buried near Ostra, the mayor said.', '60').comparator).toBe('~');
  });
  it('keeps "or more" as at least', () => {
    expect(figure('The flood forced 300 families or more from Varn.', '300').comparator).toBe('>=');
  });
});

describe('a bound after the noun outweighs "an estimated"', () => {
  it('reads "an estimated 500 people or more" as at least 500', () => {
    expect(figure('Villagers said an estimated 500 people or more had fled Kelmor.', 'an estimated 500')).toMatchObject({ value: 500, comparator: '>=', unit: 'people' });
  });
  it('keeps "about" with "or more" as about', () => {
    expect(figure('About 30 people or more fled Ostra.', 'About 30').comparator).toBe('~');
  });
});

describe('"estimated to" and a verb before a number', () => {
  it('rounds a range and a single count', () => {
    expect(figure('The Varn party is estimated to win 31 to 35 per cent of the vote.', '31 to 35 per cent')).toMatchObject({ value: 31, upTo: 35, comparator: '~' });
    expect(figure('The flood is estimated to have killed 120 people in Ostra.', '120').comparator).toBe('~');
  });
  it('leaves a range with no estimate as it was', () => {
    expect(figure('The Varn party won 31 to 35 per cent of the vote.', '31 to 35 per cent').comparator).toBe('>=');
  });
});

describe('"over" after the rate of a change names its base', () => {
  it('reads the amount after "an increase of 8.2 per cent over" as exact', () => {
    expect(figure('The mill sold 41.7 tonnes of steel, an increase of 8.2 per cent over 38.5 tonnes sold a year earlier.', '38.5')).toMatchObject({ value: 38.5, comparator: '=' });
    expect(figure('Kelmor Bank posted income of $12.4 billion, a rise of 3.1 percent over $12.03 billion in 2021.', '$12.03 billion')).toMatchObject({ value: 12030000000, comparator: '=' });
  });
  it('keeps "over" before a span of time, and "over" with no rate before it', () => {
    expect(figure('The rate grew by 40,000 over the year, and the firm sold over 300 tonnes.', 'over 300').comparator).toBe('>');
  });
});
