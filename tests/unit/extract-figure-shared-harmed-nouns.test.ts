// Two counts of harm joined before one noun ("12 injured and three killed soldiers") both count that noun.
import { describe, expect, it } from 'vitest';
import { figures } from './extract-helpers';

const read = (text: string) => figures(text).map((f) => [f.value, f.unit, f.about]);

describe('two counts of harm sharing one noun', () => {
  it('gives the first count the noun after the second', () => {
    expect(read('The Varn shelling left 22 wounded and four dead herders.')).toEqual([
      [22, 'herders', 'injured'],
      [4, 'herders', 'killed'],
    ]);
  });

  it('keeps each pair\'s own noun when a sentence lists two pairs', () => {
    const found = read('Among them were 30 injured and 6 killed farmers, as well as 9 injured and two killed pupils in Ostra.');
    expect([found[0], found[2]]).toEqual([
      [30, 'farmers', 'injured'],
      [9, 'pupils', 'injured'],
    ]);
  });

  it('leaves counts of harm with no noun after them without one', () => {
    expect(read('The Kelmor raid left 12 injured and three killed.')).toEqual([
      [12, null, 'injured'],
      [3, null, 'killed'],
    ]);
  });
});
