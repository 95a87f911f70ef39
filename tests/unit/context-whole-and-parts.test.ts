// A source that gives a toll naming no place and a smaller count of a named place tells its total and a part of it: the
// total is set against the other sources' totals, never shown under the part's place beside its own part.
import { describe, expect, it } from 'vitest';
import { placedDiscrepancies } from './extract-helpers';

describe('a source\'s total and its part of one place', () => {
  it('sets the total against another source\'s count, with no place, and leaves the part out', () => {
    const text =
      'The flooding has killed 71 people, the Kelmor Police said on Monday. The Kelmor Police said at least 48 people died in the Ostra Highlands. The Varn Relief Council said eight people were killed.';
    expect(placedDiscrepancies(text)).toEqual([['killed', [], ['8 Varn Relief Council', '71 Kelmor Police']]]);
  });

  it('still sets a placeless count against a place\'s count when no source gives both', () => {
    const text = 'The flooding has killed 71 people, the Kelmor Police said on Monday. The Varn Relief Council said 48 people died in the Ostra Highlands.';
    expect(placedDiscrepancies(text)).toEqual([['killed', ['Ostra Highlands'], ['48 Varn Relief Council', '71 Kelmor Police']]]);
  });

  it('reads a round bound of the place beside the same source\'s count as that count, no part', () => {
    const text =
      'The Kelmor Red Cross said more than 300 people died on Ostra island. The Kelmor Red Cross put the toll at 312, while the Varn Relief Council said 280 people were killed.';
    expect(placedDiscrepancies(text)).toEqual([['killed', ['Ostra'], ['280 Varn Relief Council', '300 Kelmor Red Cross', '312 Kelmor Red Cross']]]);
    // "over 300" beside its own "at least 304": the same count rounded, not a part.
    const bound = 'The Kelmor Red Cross said over 300 people died in Ostra. The Kelmor Red Cross said at least 304 people were killed. The Varn Relief Council said 45 people died in Ostra.';
    expect(placedDiscrepancies(bound)).toEqual([['killed', ['Ostra'], ['45 Varn Relief Council', '300 Kelmor Red Cross', '304 Kelmor Red Cross']]]);
  });
});

describe('a source\'s first toll in the lead', () => {
  it('keeps the lead\'s count of the struck place in the row, with its place, beside the source\'s later count', () => {
    const text =
      'A car bomb has killed at least nine people outside a market in Ostra\'s capital, the Interior Ministry said. Witnesses described a loud blast. The Interior Ministry said 16 people had been killed. The Varn Relief Council said 13 people died.';
    expect(placedDiscrepancies(text)).toEqual([['killed', ['Ostra'], ['9 Interior Ministry', '13 Varn Relief Council', '16 Interior Ministry']]]);
  });

  it('still reads a place\'s count told after the first sentence as a part of the source\'s total', () => {
    const text =
      'A car bomb has killed people outside a market, officials said. The Interior Ministry said 16 people had been killed. The Interior Ministry said at least nine people died in Ostra. The Varn Relief Council said 13 people died.';
    expect(placedDiscrepancies(text)).toEqual([['killed', [], ['13 Varn Relief Council', '16 Interior Ministry']]]);
  });
});
