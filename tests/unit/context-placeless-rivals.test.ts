// A count that names no place can count at most one of the places an article gives tolls for: set against each, it made a
// false row at every place.
import { describe, expect, it } from 'vitest';
import { placedDiscrepancies } from './extract-helpers';

const places = 'The Tarn Agency said 14 people died in Ostra. The Dresk Courier said 52 people were killed in Varn. The Red Cross said 30 people were killed.';

describe('a placeless count beside the tolls of several places', () => {
  it('makes no row at places the first sentence does not name', () => {
    expect(placedDiscrepancies(`Heavy rain fell for a week. ${places}`)).toEqual([]);
  });

  it('stays the rival of the place the first sentence names', () => {
    expect(placedDiscrepancies(`Heavy rain fell in Ostra for a week. ${places}`)).toEqual([['killed', ['Ostra'], ['14 Tarn Agency', '30 Red Cross']]]);
  });

  it('keeps the rows of a place whose own sources disagree', () => {
    const text = `Heavy rain fell for a week. ${places} Kelmor Radio said 20 people died in Ostra.`;
    expect(placedDiscrepancies(text)).toContainEqual(['killed', ['Ostra'], ['14 Tarn Agency', '20 Kelmor Radio', '30 Red Cross']]);
  });

  it('keeps the rival of one toll told of a district and of the state holding it', () => {
    const text =
      'At least 11 people were killed when a bus overturned in Ostra state, officials said. The crash happened in Varn district. "So far 11 people have died," the Varn magistrate, Ana Pell, said. The Tarn Courier said the toll had reached 12.';
    expect(placedDiscrepancies(text).length).toBeGreaterThan(0);
  });
});
