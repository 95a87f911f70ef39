// A list of counts by place after "N of these people were killed in <place>" counts those people, places in brackets or not.
import { describe, expect, it } from 'vitest';
import { figures } from './extract-helpers';

const read = (text: string) => figures(text).map((f) => [f.value, f.unit]);

describe('a list of counts by place', () => {
  it('gives "of these people" and each listed count the people, past a bracketed direction', () => {
    expect(read('Nine people died in the riots. Four of these people were shot in Ostra, three in the province of Varn (south), two in Kelmor (east).')).toEqual([
      [9, 'people'],
      [4, 'people'],
      [3, 'people'],
      [2, 'people'],
    ]);
  });

  it('leaves a count that a new clause opens out of the list', () => {
    expect(read('Four guards were shot in Ostra (the old port), while 3 in the city wrote letters.')).toEqual([
      [4, 'guards'],
      [3, null],
    ]);
  });
});
