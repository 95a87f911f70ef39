// The comparator of a figure (=, ~, <, <=, >, >=): words of approximation and bounds, and bounds turned over by a negation.
import { describe, expect, it } from 'vitest';
import { figure, figures, phrases } from './extract-helpers';

describe('comparators: "as much as", "exceeded", "about"', () => {
  it('reads "as much as" as at most and keeps the rise', () => {
    expect(figure('Sea levels could rise as much as 4 metres.', 'as much as 4')).toMatchObject({ comparator: '<=', change: 'rise', unit: 'metres' });
  });
  it('reads "exceeded", "higher than" and "topped" as more than', () => {
    expect(figure('By noon the queue had exceeded three thousand.', 'exceeded three thousand')).toMatchObject({ value: 3000, comparator: '>' });
    expect(figure('The real count is much higher than 40,000.', 'higher than 40,000').comparator).toBe('>');
    expect(figure('Ticket sales topped 2 million.', 'topped 2 million').comparator).toBe('>');
  });
  it('reads "topping" as more than', () => {
    expect(figure('Local radio reported tolls topping 60 deaths.', 'topping 60')).toMatchObject({ value: 60, comparator: '>', unit: 'deaths' });
  });
  it('gives a figure restated in another unit the bound of the first', () => {
    const text = 'Peaks may warm by more than 3 degrees Celsius, or 5.4 degrees Fahrenheit.';
    expect(figures(text).map((f) => [f.comparator, f.value, f.unit])).toEqual([
      ['>', 3, 'degrees Celsius'],
      ['>', 5.4, 'degrees Fahrenheit'],
    ]);
    // A second count of another thing keeps its own comparator.
    expect(figure('More than 30 boats sank, or 12 of the fleet.', '12').comparator).toBe('=');
  });
  it('reads "about" after a passive participle or a noun that takes it as a preposition', () => {
    expect(figure('New leads were received about two other drivers.', 'two')).toMatchObject({ comparator: '=', unit: 'drivers' });
    expect(figure('There were questions about three missing files.', 'three').comparator).toBe('=');
  });
  it('keeps "about" as approximately elsewhere', () => {
    expect(figure('The pollster asked about 1,000 voters.', 'about 1,000').comparator).toBe('~');
    expect(figure('The lake will warm about two more degrees.', 'about two')).toMatchObject({ comparator: '~', unit: 'degrees' });
  });
});

describe('comparators as pages write them', () => {
  it('reads a comparator with a doubled space inside it, as pages keep it', () => {
    expect(figure('The storm killed at  least 41 people in two states.', 'at  least 41')).toMatchObject({ value: 41, comparator: '>=' });
    expect(figure('The blast hurt more  than 70 people.', 'more  than 70').comparator).toBe('>');
  });
  it('reads "crossed the 300-mark" as more than 300, with no unit of "mark"', () => {
    expect(figure('The death toll in the floods has crossed the 300-mark, officials said.', 'crossed the 300')).toMatchObject({ value: 300, comparator: '>', unit: null, about: 'killed' });
    expect(phrases('He sold a 200-mark note.')).toEqual([]);
  });
});

describe('how close a figure comes to its number', () => {
  it('reads "neared" and "almost" as short of the number', () => {
    expect(figure('The number of evacuees in Brask neared 4,000 on Sunday.', 'neared 4,000')).toMatchObject({ value: 4000, comparator: '<' });
    expect(figure('The council spent almost $3 million on the bridge.', 'almost $3 million')).toMatchObject({ value: 3_000_000, comparator: '<' });
  });
  it('keeps "nearly" as about the number', () => {
    expect(figure('Nearly 300 people attended the fair in Ostrava.', 'Nearly 300').comparator).toBe('~');
  });
});

describe('values and bounds', () => {
  it('reads "half a million" and "half a dozen" as half of the number', () => {
    expect(figure('The alliance drew half a million marchers to Plovdiv on Sunday.', 'half a million')).toMatchObject({ value: 500_000, unit: 'marchers' });
    expect(figure('Half a dozen trawlers were lost off Tromso.', 'Half a dozen').value).toBe(6);
  });
  it('gives a scale word with no count before it no figure', () => {
    expect(phrases('Organisers said several thousand farmers were detained in Lodz.')).toEqual([]);
    expect(phrases('Only a few hundred copies of the atlas were printed.')).toEqual([]);
    expect(figure('A thousand farmers marched to Lodz.', 'A thousand').value).toBe(1000);
  });
  it('turns a bound over after a negated verb', () => {
    expect(figure('A police spokesman said the stadium cannot hold more than 40,000 people.', 'more than 40,000').comparator).toBe('<=');
    expect(figure("The agency said the tanks won't take fewer than 300 tonnes.", 'fewer than 300').comparator).toBe('>=');
    expect(figure('Officials said more than 40,000 people came, and they did not leave.', 'more than 40,000').comparator).toBe('>');
  });
  it('keeps "nearly" as about the number on a fall written "per cent"', () => {
    expect(figure('Its quarterly profit slid nearly 40 per cent.', 'nearly 40 per cent')).toMatchObject({ comparator: '~', change: 'fall', unit: '%' });
  });
});

describe('bounds and directions', () => {
  it('reads "or less" and "or more" after a number and its noun', () => {
    expect(figure('His lawyers hoped for three years or less in jail.', 'three').comparator).toBe('<=');
    expect(figure('The board wants 40 members or more.', '40').comparator).toBe('>=');
    // "or" before the next number is no bound: the two read as one range, as "two to three" does.
    expect(figure('Two or three guards were hurt.', 'Two or three')).toMatchObject({ value: 2, upTo: 3, comparator: '>=' });
  });

  it('reads "exceed" as more than, also quoted, and "will not exceed" as at most', () => {
    expect(figure('Prosecutors said the term should “clearly exceed” six years.', 'exceed” six')).toMatchObject({ comparator: '>', value: 6, unit: 'years' });
    expect(figure('The fee will not exceed 20 percent.', 'exceed 20 percent').comparator).toBe('<=');
  });

  it('keeps a forecast with "exceed" a forecast, with the event of its toll', () => {
    expect(figure('Officials said the toll could exceed 1,000 dead.', 'exceed 1,000')).toMatchObject({ comparator: '>', about: 'killed' });
  });

  it('reads a fall "by" an amount past a list in the object', () => {
    expect(figure('Aspirin cuts the risk of migraine, cluster headaches or tension pain, by 30 percent, the trial found.', '30 percent').change).toBe('fall');
  });

  it('reads ages after a noun for people as no figures', () => {
    expect(phrases('The trial enrolled men over 55, women over 60 and smokers over 40 years old.')).toEqual([]);
    expect(figure('Police said over 55 men were held.', 'over 55').comparator).toBe('>');
  });

  it('reads "over" a span of time after a passive verb as the span, not more than it', () => {
    expect(figure('The survey was conducted over six years in 14 countries.', 'over six')).toMatchObject({ comparator: '=', value: 6, unit: 'years' });
    expect(figure('He waited over six years.', 'over six').comparator).toBe('>');
  });
});

describe('levels reached and thresholds crossed', () => {
  it('reads a verb of moving a level before "up to" as the level reached, no cap', () => {
    expect(figure('The council offered a four per cent raise, which it then pushed up to 5.5 per cent.', '5.5 per cent')).toMatchObject({ value: 5.5, comparator: '=', unit: '%' });
    // With no such verb, "up to" is still a cap.
    expect(figure('Fines of up to 5.5 per cent of turnover apply.', 'up to 5.5 per cent').comparator).toBe('<=');
  });
  it('reads "added up to" as the sum reached, no cap', () => {
    expect(figure('The Varn councils sent counts that added up to 7,900.', '7,900')).toMatchObject({ value: 7900, comparator: '=' });
    expect(figure('The Varn councils said the count could reach up to 7,900.', 'up to 7,900').comparator).toBe('<=');
  });
  it('reads "cross" before a number as more than, but not before a count of things crossed', () => {
    expect(figure('Officials fear the toll could cross 2,500.', 'cross 2,500')).toMatchObject({ value: 2500, comparator: '>' });
    expect(figure('The convoy crossed three bridges before dawn.', 'three')).toMatchObject({ value: 3, comparator: '=', unit: 'bridges' });
  });
  it('reads "rose past" as more than, a level crossed, not a rise by that much', () => {
    expect(figure('The death toll from the Varn earthquake rose past 9,000 on Friday.', 'past 9,000')).toMatchObject({ value: 9000, comparator: '>', change: null, about: 'killed' });
    expect(figure('Turnout went past 60 per cent by noon.', 'past 60 per cent')).toMatchObject({ comparator: '>', change: null, unit: '%' });
  });
  it('reads "past" without a verb of motion as no bound: "the past 24 hours" is a period', () => {
    expect(figure('In the past 24 hours, 31 people died in Ostra.', '31')).toMatchObject({ comparator: '=', about: 'killed' });
    expect(figure('Over the past 3 years the toll climbed past 400.', 'past 400')).toMatchObject({ value: 400, comparator: '>', change: null });
  });
  it('reads a level crossed after a verb of change as a level: "rose above", "fell below"', () => {
    expect(figure('The toll rose above 2,000 overnight.', 'above 2,000')).toMatchObject({ comparator: '>', change: null });
    expect(figure('Inflation in Kelmor fell below 4% in May.', 'below 4%')).toMatchObject({ comparator: '<', change: null, unit: '%' });
    // A bound on the amount of a change keeps the change.
    expect(figure('Ostra shares rose more than 6% on Monday.', 'more than 6%')).toMatchObject({ comparator: '>', change: 'rise' });
  });
});

describe('"over" a span of time after an amount', () => {
  it('spreads a share across the years, no "more than"', () => {
    expect(figure('The nurses want a 7 per cent pay increase over four years.', 'over four')).toMatchObject({ value: 4, comparator: '=', unit: 'years' });
  });
  it('keeps "over" as more than with no amount before it', () => {
    expect(figure('The talks dragged on for over four years.', 'over four').comparator).toBe('>');
  });
  it('reads "40 plus" as more than 40, with the noun after "plus"; "40 plus 5" adds', () => {
    const plus = figure('“There are 40 plus missing in Ostra tonight,” the mayor said.', '40 plus');
    expect([plus.comparator, plus.value, plus.about]).toEqual(['>', 40, 'missing']);
    expect(figure('The Varn team scored 40 plus 5 in the final.', '40').comparator).toBe('=');
  });
  it('reads a percentage in words after "the" ("the four per cent target") as a figure, not a pointer back', () => {
    expect(figure('Sales grew 5.1 per cent, above the three per cent goal of Varn Mills.', 'three').unit).toBe('%');
    expect(() => figure('The three ministers met in Varn.', 'three')).toThrow();
  });
});
