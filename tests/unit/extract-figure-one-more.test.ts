// "one more civilian was injured" after a count of its sentence adds one to what was counted, as "two more" does.
import { describe, expect, it } from 'vitest';
import { figures } from './extract-helpers';

const read = (text: string) => figures(text).map((f) => [f.value, f.unit]);

describe('"one more" after a count of the sentence', () => {
  it('counts the one more who was harmed', () => {
    expect(read('About 40 Varn guards were hurt in the raid, and one more farmer was wounded, the Ostra radio said.')).toEqual([
      [40, 'Varn guards'],
      [1, 'farmer'],
    ]);
  });

  it('leaves "one more" that nothing befell uncounted', () => {
    expect(read('About 40 Varn guards were hurt in the raid, and one more farmer said he would leave.')).toEqual([[40, 'Varn guards']]);
  });

  it('counts "an additional death" closing a list of counts by place as one death', () => {
    expect(read('The Ostra agency put the toll at 23, with 20 deaths in Varn, two in Kelm, and an additional death logged in Tarn.')).toEqual([
      [23, null],
      [20, 'deaths'],
      [2, 'deaths'],
      [1, 'death'],
    ]);
    expect(read('Nine miners died in Varn, three in Kelm, and another death was logged in Tarn.')).toEqual([
      [9, 'miners'],
      [3, 'miners'],
      [1, 'death'],
    ]);
  });

  it('leaves "another death" that closes no list uncounted', () => {
    expect(read('Nine miners died in Varn and another death would shut the pit.')).toEqual([[9, 'miners']]);
    expect(read('Another death was logged in Tarn on Friday.')).toEqual([]);
  });
});

