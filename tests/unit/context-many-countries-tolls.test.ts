// "the overall count of deaths recorded in many countries": a whole over several countries, keyed as them (figure-places.ts).
import { describe, expect, it } from 'vitest';
import { placedDiscrepancies } from './extract-helpers';

describe('a total over "many countries"', () => {
  const morgue = 'Diplomats said 400 pilgrims had died in the Ostra morgue.';
  const total = 'According to Kelmor Press, the latest deaths raise the overall count of deaths recorded in many countries to 450.';

  it('is no rival of one morgue\'s count', () => {
    expect(placedDiscrepancies(`${morgue} ${total}`)).toEqual([]);
  });

  it('is a rival of a count that names no place, as a total "in 11 countries" is', () => {
    const council = 'The Varn Council said 430 pilgrims had died during the pilgrimage.';
    expect(placedDiscrepancies(`${morgue} ${total} ${council}`)).toEqual([['killed', ['many countries'], ['430 Varn Council', '450 Kelmor Press']]]);
    expect(placedDiscrepancies(`${morgue} ${total.replace('many', '11')} ${council}`)).toEqual([['killed', ['11 countries'], ['430 Varn Council', '450 Kelmor Press']]]);
  });
});
