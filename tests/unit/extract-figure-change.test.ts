// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { extract, type Figure } from '../../src/extract';
import { figure, figures } from './extract-helpers';

/** Every figure of the text's figure claims, as [value, upTo, change, comparator, unit]. */
function read(text: string): [number, number | null, Figure['change'], string, string | null][] {
  return extract(text)
    .claims.filter((c) => c.kind === 'figure')
    .map((c) => c.figures[0]!)
    .map((f) => [f.value, f.upTo, f.change, f.comparator, f.unit]);
}

describe('figures: the direction of a change', () => {
  it.each([
    ['Ticket sales rose 5% in March.', 5, '%'],
    ['The index climbed by 40 points on Friday.', 40, 'points'],
    ['Their profits were up 12% on the year.', 12, '%'],
    ['The council reported a 3 percent increase in rents.', 3, '%'],
    ['Rents saw an increase of 0.4% over the winter.', 0.4, '%'],
    ['The budget was raised by $2 million.', 2e6, '$'],
    ['Applications increased by 300 this term.', 300, null],
    ['Bookings skyrocketed 60% over the summer.', 60, '%'],
    // A word saying the amount is small still leaves it a change.
    ['Applications increased by just 300 this term.', 300, null],
    ['Ticket sales rose only 5% in March.', 5, '%'],
  ])('%s → a rise', (text, value, unit) => {
    expect(read(text)).toEqual([[value, null, 'rise', '=', unit]]);
  });

  it.each([
    ['Bus fares fell 14% after the subsidy.', 14, '%'],
    ['Attendance dropped by 3.', 3, null],
    ['Exports were down 2% in the spring.', 2, '%'],
    ['Orders showed a decrease of 0.3% in the quarter.', 0.3, '%'],
    ['The mill cut output by 40% last season.', 40, '%'],
    ['The town saw a 7% drop in visitors.', 7, '%'],
    ['Shares of the brewer skidded 18 percent on the news.', 18, '%'],
    ['The fund nosedived 9% in a week.', 9, '%'],
    ['Its stock tanked 31 percent after the recall.', 31, '%'],
    ['Attendance dropped by a mere 3.', 3, null],
  ])('%s → a fall, its value unsigned', (text, value, unit) => {
    expect(read(text)).toEqual([[value, null, 'fall', '=', unit]]);
  });

  it.each([
    ['The Kelmor carmaker reported a 68.4 billion yen drop in operating profit.', 68.4e9, 'fall', 'yen'],
    ['The Ostra mill announced a 5,000-job cut at its Varn plant.', 5000, 'fall', 'jobs'],
    ['The Ostra mill announced a 5,000 job cut at its Varn plant.', 5000, 'fall', 'jobs'],
    ['The Varn index suffered a 10-point drop on Monday.', 10, 'fall', 'points'],
    ['The Varn index suffered a 2.5 percentage point drop on Monday.', 2.5, 'fall', 'percentage points'],
    ['The Kelmor brewer posted a 2 billion euro increase in revenue.', 2e9, 'rise', 'euros'],
  ])('%s → the unit before the noun of the change, as "fell by 68.4 billion yen" reads', (text, value, change, unit) => {
    expect(read(text)).toEqual([[value, null, change, '=', unit]]);
  });

  it('"a three-day fall" is no amount of the fall; "a 68.4 billion yen loss" is a result, no fall', () => {
    expect(read('Shares in Varn had a three-day fall last week.')).toEqual([]);
    expect(read('The Kelmor carmaker posted a 68.4 billion yen loss.').map((f) => f[2])).toEqual([null]);
  });

  it('tells each figure of a sentence its own direction', () => {
    expect(read('Prices went through an increase of 0.6% in May and a decrease of 0.2% in June.').map((f) => [f[0], f[2]])).toEqual([
      [0.6, 'rise'],
      [0.2, 'fall'],
    ]);
  });

  it('keeps the comparator of a change ("fell more than 14%")', () => {
    expect(read('Harvest yields fell more than 14% in the drought.')).toEqual([[14, null, 'fall', '>', '%']]);
  });

  it('reads a level, not a change, where "to" or "from" stands before the number', () => {
    expect(read('The number of damaged homes has risen to 52.').map((f) => f[2])).toEqual([null]);
    expect(read('Inflation eased to 4.1 per cent from 4.6 per cent.').map((f) => f[2])).toEqual([null, null]);
  });

  it('reads the amount of a change and the level it reached ("rose by 4,000 to 1.3 million")', () => {
    expect(read('Enrolment rose by 4,000 to 1.3 million.').map((f) => [f[0], f[2]])).toEqual([
      [4000, 'rise'],
      [1.3e6, null],
    ]);
  });

  it('keeps "up to 30" an upper bound, not a rise', () => {
    expect(read('Up to 30 cabins were flooded.')).toEqual([[30, null, null, '<=', 'cabins']]);
  });

  it('reads "up to X from Y" as a level reached, not an upper bound', () => {
    expect(read('Sales are up to $8.1 billion from $7.9 billion a year ago.').map((f) => [f[0], f[3]])).toEqual([
      [8.1e9, '='],
      [7.9e9, '='],
    ]);
  });

  it('reads no change in a score ("down 2-0") or in verbs with other objects', () => {
    expect(read('The visitors were down 2-0 at the break.').map((f) => [f[2], f[4]])).toEqual([[null, 'score']]);
    expect(read('Prosecutors dropped three charges.').map((f) => f[2])).toEqual([null]);
    expect(read('The party lost 52 seats.').map((f) => f[2])).toEqual([null]);
    expect(read('The plant was shut down by 2 engineers.').map((f) => f[2])).toEqual([null]);
    expect(read('The charity raised $5 million.').map((f) => f[2])).toEqual([null]);
  });

  it('reads no change in a span of time or a number of times', () => {
    expect(read('Shares rose 3 days in a row.').map((f) => f[2])).toEqual([null]);
    expect(read('The river rose 3 times that spring.').map((f) => f[2])).toEqual([null]);
  });
});

describe('figures: ranges with both ends', () => {
  it('reads "27 to 33 years" as one figure with both ends and one unit', () => {
    expect(read('The judge imposed 27 to 33 years in prison.')).toEqual([[27, 33, null, '>=', 'years']]);
  });
  it('reads "two or three" in a row as one figure with both ends, but not two numbers far apart', () => {
    expect(read('Two or three guards were hurt in Varn.')).toEqual([[2, 3, null, '>=', 'guards']]);
    expect(read('Two or 30 guards were hurt in Varn.').some((f) => f[1] !== null)).toBe(false);
  });

  it('reads "between 3 and 6" as one range, its phrase opening with "between"', () => {
    const [claim] = extract('Between 3 and 6 climbers were hurt.').claims.filter((c) => c.kind === 'figure');
    expect(claim!.figures).toMatchObject([{ value: 3, upTo: 6, comparator: '>=', unit: 'climbers', about: 'injured', phrase: 'Between 3 and 6' }]);
  });

  it('reads ranges in words', () => {
    expect(read('Five to seven guards were detained.')).toEqual([[5, 7, null, '>=', 'guards']]);
  });

  it('scales both ends of a scaled range ("3 to 4 million", "5-7 million")', () => {
    expect(read('The valley has 3 to 4 million sheep.')).toEqual([[3e6, 4e6, null, '>=', 'sheep']]);
    expect(read('The firm hired 5-7 million temps.')).toEqual([[5e6, 7e6, null, '>=', 'temps']]);
    expect(read('The repairs cost $5-7 million.')).toEqual([[5e6, 7e6, null, '>=', '$']]);
  });

  it('gives a dashed range its percent sign and its whole phrase', () => {
    const [claim] = extract('Turnout was 10-15% lower.').claims.filter((c) => c.kind === 'figure');
    expect(claim!.figures).toMatchObject([{ value: 10, upTo: 15, unit: '%', phrase: '10-15%' }]);
  });

  it('keeps the words of the comparator ("about 10 to 12")', () => {
    expect(read('About 10 to 12 hikers died.')).toEqual([[10, 12, null, '~', 'hikers']]);
  });

  it('reads a range of change ("a 10-15% rise")', () => {
    expect(read('A 10-15% rise in fares is planned.')).toEqual([[10, 15, 'rise', '>=', '%']]);
  });

  it('keeps a change "from 3 to 4 million" as two figures, the first in the second\'s scale', () => {
    expect(read('The herd grew from 3 to 4 million head.')).toEqual([
      [3e6, null, null, '=', null],
      [4e6, null, null, '=', 'head'],
    ]);
  });

  it('reads "…, down from X to Y" after a level as the earlier range, not a change', () => {
    expect(read('The miller trimmed its outlook to $310 million to $318 million, down from $322 million to $336 million.')).toEqual([
      [310e6, 318e6, null, '>=', '$'],
      [322e6, 336e6, null, '>=', '$'],
    ]);
    expect(read('Ridership hit 4 million, up from 2 to 3 million in 2019.')).toEqual([
      [4e6, null, null, '=', null],
      [2e6, 3e6, null, '>=', null],
    ]);
    // Falling numbers are no range: a change of two figures.
    expect(read('Turnout was low, down from 61% to 48%.')).toEqual([
      [61, null, null, '=', '%'],
      [48, null, null, '=', '%'],
    ]);
  });

  it('reads no range in compounds and times ("5-7pm", "10-15-year-olds")', () => {
    expect(read('The market runs 5-7pm for 10-15-year-olds.')).toEqual([]);
  });
});

describe('figures: directions of change ("instead of", spreads, "make up")', () => {
  it('gives the value named "instead of" another the same change', () => {
    const text = 'March figures were revised to show output falling 0.3 percent instead of 0.6 percent as first reported.';
    expect(figures(text).map((f) => [f.value, f.change])).toEqual([
      [0.3, 'fall'],
      [0.6, 'fall'],
    ]);
  });
  it('keeps both directions of a spread of forecasts', () => {
    const text = 'Forecasts ranged from a 0.2 percent gain to a 1.1 percent decline.';
    expect(figures(text).map((f) => [f.value, f.change])).toEqual([
      [0.2, 'rise'],
      [1.1, 'fall'],
    ]);
  });
  it('reads "make up N per cent" as a share, not a rise, but "up N per cent" still as a rise', () => {
    expect(figure('Women make up about 9 per cent of the drivers.', 'about 9 per cent').change).toBeNull();
    expect(figure('Fares were up 9 per cent in May.', '9 per cent').change).toBe('rise');
  });
});

describe('figures: the direction of a change (cuts, nouns of change, restatements)', () => {
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

describe('figures: direction and unit (comparatives, "per cent", the counted noun)', () => {
  it('reads a comparative after a rate as its direction', () => {
    expect(figure('Walkers had a 21% lower risk of stroke.', '21%').change).toBe('fall');
    expect(figure('Smokers showed a 14 per cent higher risk of gout.', '14 per cent').change).toBe('rise');
    expect(figure('The index ended three points higher.', 'three')).toMatchObject({ unit: 'points', change: 'rise' });
  });
  it('gives a move in points the comparative of its restatement in per cent after "or"', () => {
    const text = 'The Varn composite was trading 118 points or 0.4 per cent lower at 29,410.';
    expect(figure(text, '118')).toMatchObject({ unit: 'points', change: 'fall' });
    expect(figure(text, '0.4 per cent')).toMatchObject({ unit: '%', change: 'fall' });
  });
  it('reads "per cent" closing a compound and "one per cent" in words', () => {
    expect(figure('The outlook marks a 35-per cent slump from last year.', '35-per cent')).toMatchObject({ value: 35, unit: '%', change: 'fall' });
    expect(figure('Shares in Korlin fell one per cent on Friday.', 'one')).toMatchObject({ value: 1, unit: '%', change: 'fall' });
  });
  it('ends the counted noun before words that do not belong to it', () => {
    expect(figure('It forecast profit at 3.1 trillion yen and sales at a record.', '3.1 trillion').unit).toBe('yen');
    expect(figure('The mayor said 90,000 showed up.', '90,000').unit).toBeNull();
    expect(figure('The toll was below the 640 figure given by the agency.', '640').unit).toBeNull();
    expect(figure('The crews sent 2,100 search and rescue personnel.', '2,100').unit).toBe('search and rescue personnel');
  });
});

describe('figures: change over an average', () => {
  it('"blood pressure fell by an average of 10-15 percent" is a fall; "rose on average 4%" a rise', () => {
    expect(figure('In the trial, blood pressure fell by an average of 10-15 percent within a month.', '10-15 percent').change).toBe('fall');
    expect(figure('Rents rose on average 4% last year.', '4%').change).toBe('rise');
  });
});

describe('figures: a change in cents or "bps" after "by"', () => {
  it('"lifted its outlook by 4 cents" is a rise; "after cutting rates by 75 bps" a fall', () => {
    expect(figure('The grocer lifted its yearly outlook by 4 cents a share.', '4')).toMatchObject({ unit: 'cents', change: 'rise' });
    expect(figure('After cutting the policy rate by 75 bps in a year, the bank paused.', '75')).toMatchObject({ unit: 'bps', change: 'fall' });
    expect(figure('The lender trimmed 25 bps from its main rate on Tuesday.', '25')).toMatchObject({ unit: 'bps', change: 'fall' });
    // The verb nearest the "by" measures it, not one earlier in the sentence.
    expect(figure('Mr Dale added that after lowering rates by 50 bps in a quarter, the bank would wait.', '50')).toMatchObject({ unit: 'bps', change: 'fall' });
  });
});

describe('a change by a hedged amount of a counted noun', () => {
  it('reads "cut … by around N barrels" as a fall', () => {
    expect(figure('The cartel cut crude output by around 400,000 barrels a day.', 'around 400,000')).toMatchObject({ change: 'fall', comparator: '~' });
  });
  it('keeps the agent of a passive verb', () => {
    expect(figure('The plan was cut by about 30 councillors.', 'about 30').change).toBeNull();
  });
});

describe('half a point', () => {
  it('reads "by half a percentage point" as a fall of 0.5 point, then the level', () => {
    const r = figures('Governor Lena Varga in March lowered the benchmark lending rate by half a percentage point to 5.25 percent.');
    expect(r.map((f) => `${f.comparator}${f.value} ${f.change} ${f.unit}`)).toEqual(['=0.5 fall percentage point', '=5.25 null %']);
  });
  it('keeps "half a million" a round estimate', () => {
    expect(figure('Half a million people marched.', 'Half a million')).toMatchObject({ comparator: '~', value: 500000 });
  });
});
