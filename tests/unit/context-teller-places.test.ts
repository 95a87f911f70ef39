// A place that names the teller of a count (where the body sits, or owner of the words that describe it) is no place of the count
// (context/figure-places.ts tellersSeatOrEpithet).
import { describe, expect, it } from 'vitest';
import { placedDiscrepancies } from './extract-helpers';

// The row's topic, places and numbers (who each source is read as is the attribution's concern).
const rows = (text: string) => placedDiscrepancies(text).map(([about, places, values]) => `${about} @${places.join('|')}: ${values.map((v) => v.split(' ')[0]).join(', ')}`);

describe('places of the tellers', () => {
  it('reads the seat of a body that tells a count after it, and the owner of its description, as no place of the count', () => {
    expect(rows('About 30,000 nurses went on strike, the Health Office in Ostra said. The Nurses Guild, Varn’s biggest union, said 90,000 nurses were on strike.')).toEqual([
      'struck @: 30000, 90000',
    ]);
  });

  it('keeps a place the count is told of', () => {
    expect(rows('About 30,000 nurses went on strike in Ostra, the Health Office said. The Nurses Guild said 90,000 nurses were on strike in Varn.')).toEqual([]);
  });
});
