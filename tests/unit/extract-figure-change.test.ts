// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { extract, type Figure } from '../../src/extract';

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
  ])('%s → a fall, its value unsigned', (text, value, unit) => {
    expect(read(text)).toEqual([[value, null, 'fall', '=', unit]]);
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

  it('reads no range in compounds and times ("5-7pm", "10-15-year-olds")', () => {
    expect(read('The market runs 5-7pm for 10-15-year-olds.')).toEqual([]);
  });
});
