// A group's share of a toll, told as "this number includes N civilians" or as "civilian deaths", is that group's toll.
import { describe, expect, it } from 'vitest';
import { placedDiscrepancies } from './extract-helpers';

describe('"this number includes" a group', () => {
  const whole = 'The Kelmor Monitor said that over 900 people have been killed along the Ostra coast in two days.';
  const rival = 'Local sources in Varn said 1,500 civilians had been killed.';

  it('"the monitor says this number includes at least 600 civilians" is the civilians\' toll, a rival of 1,500 civilians', () => {
    const share = 'The monitor says this number includes at least 600 civilians.';
    expect(placedDiscrepancies(`${whole} ${share} ${rival}`)).toEqual([
      ['killed', ['Varn'], ['600 Kelmor Monitor', '1500 Local sources in Varn (unnamed)']],
    ]);
  });

  it('"the monitor says this number does not include at least 600 civilians" gives no toll', () => {
    const apart = 'The monitor says this number does not include at least 600 civilians.';
    expect(placedDiscrepancies(`${whole} ${apart} ${rival}`)).toEqual([]);
  });
});

describe('a count told as one side\'s deaths', () => {
  const monitor = 'The Kelmor Monitor said at least 600 civilians were killed in Ostra.';

  it('"civilian deaths in Ostra stood at 1,500" counts civilians', () => {
    const herald = 'The Varn Herald reported that civilian deaths in Ostra stood at 1,500.';
    expect(placedDiscrepancies(`${monitor} ${herald}`)).toEqual([['killed', ['Ostra'], ['600 Kelmor Monitor', '1500 Varn Herald']]]);
  });

  it('"deaths in Ostra stood at 1,500" counts everyone, no rival of the civilians', () => {
    const herald = 'The Varn Herald reported that deaths in Ostra stood at 1,500.';
    expect(placedDiscrepancies(`${monitor} ${herald}`)).toEqual([]);
  });
});
