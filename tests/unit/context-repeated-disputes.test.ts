// One dispute is one row: a count told again by no one under the places of another sentence does not make a second row.
import { describe, expect, it } from 'vitest';
import { placedDiscrepancies } from './extract-helpers';

describe('a dispute told again under the places of a repeated count', () => {
  const lead = 'The death toll in Ostra rose to 40 as the storm moved north, according to the latest count of the Kelmor Relief Council.';
  const among = 'Among the 40 dead, only nine were named by officials, including a driver who was clearing a road in Brisk but was caught in the Tarsen Valley mudslide on the way.';

  it('"while they counted 40 deaths" (the council, unresolved) repeats the Ostra row, so no Brisk row', () => {
    const police = 'The council\'s figure is now in doubt. While they counted 40 deaths, the Varn Army and the Varn Police have already counted over 50 deaths.';
    expect(placedDiscrepancies([lead, among, police].join(' '))).toEqual([['killed', ['Ostra'], ['40 Kelmor Relief Council', '50 Varn Police']]]);
  });

  // The counter-examples, a named source's same count at a place the row does not hold, are in context-row-repeats.test.ts
  // ("keeps a second row … whose source is named") and context-passed-counts.test.ts (the Brisk Arena).
});
