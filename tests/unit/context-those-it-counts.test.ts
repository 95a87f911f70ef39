// "all 45 of those it believes were shot" counts everyone; a source's smaller count of one of its own count's places is a part of it.
import { describe, expect, it } from 'vitest';
import { placedDiscrepancies } from './extract-helpers';

const lead = 'At least 40 people were killed when troops fired on a march in the town of Varn in eastern Ostra, the Kelmor Rights Watch said on Monday.';
const names = 'The Tarsa Justice Campaign has released the names of all 45 of those it says died.';

describe('"of those it says died"', () => {
  it('counts everyone, a rival of the other source\'s toll', () => {
    expect(placedDiscrepancies([lead, names].join(' '))).toEqual([['killed', ['Ostra', 'Varn'], ['40 Kelmor Rights Watch', '45 Tarsa Justice Campaign']]]);
  });

  it('still takes the group a phrase of its own names', () => {
    const fighters = names.replace('of those it says died', 'of the Varn Front fighters who were killed');
    expect(placedDiscrepancies([lead, fighters].join(' '))).toEqual([]);
  });
});

describe('a source\'s count of one of its own count\'s places', () => {
  it('is a part of that count, no rival of another source\'s toll', () => {
    const bus = 'The Kelmor Rights Watch said three people in a bus were shot dead by troops in Varn.';
    expect(placedDiscrepancies([lead, bus, names].join(' '))).toEqual([['killed', ['Ostra', 'Varn'], ['40 Kelmor Rights Watch', '45 Tarsa Justice Campaign']]]);
  });

  it('stays a rival when another source gives it', () => {
    const bus = 'The Kelmor Daily said three people were shot dead by troops in Varn.';
    expect(placedDiscrepancies([lead, bus, names].join(' '))).toContainEqual(['killed', ['Varn'], ['3 Kelmor Daily', '45 Tarsa Justice Campaign']]);
  });
});
