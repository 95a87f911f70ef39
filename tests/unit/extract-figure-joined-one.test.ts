// "and one" and its noun right after a count and its noun is the list's next count, as "and two" would be.
import { describe, expect, it } from 'vitest';
import { figures } from './extract-helpers';

const read = (text: string) => figures(text).map((f) => [f.value, f.unit]);

describe('"one" joined by "and" to a count before it', () => {
  it('counts the one after a count of people and a nationality', () => {
    expect(read('Those held were six Varn nationals and one Chilean, the Ostra ministry said.')).toEqual([
      [6, 'Varn nationals'],
      [1, 'Chilean'],
    ]);
    expect(read('The ministry said the dead were 30 marchers and one police officer.')).toEqual([
      [30, 'marchers'],
      [1, 'police officer'],
    ]);
  });

  it('leaves a "one" not right after the count and its noun uncounted', () => {
    expect(read('Those held were six Varn nationals, the ministry said, and one reason was the curfew.')).toEqual([[6, 'Varn nationals']]);
    expect(read('The guards held 30 marchers and no one else in Ostra.')).toEqual([[30, 'marchers']]);
  });
});
