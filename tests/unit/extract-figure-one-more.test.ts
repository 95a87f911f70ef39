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
});
