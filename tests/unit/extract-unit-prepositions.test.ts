// A preposition after a number's verb or noun ends what the number counts.
import { describe, expect, it } from 'vitest';
import { figure } from './extract-helpers';

describe('counted nouns stop at a preposition', () => {
  it('"41 stayed behind bars": a verb and its place, so no unit', () => {
    expect(figure('Prison officials said 41 stayed behind bars after the riot.', '41').unit).toBeNull();
  });

  it('"some 60 people along with dozens of cars": the people are counted', () => {
    expect(figure('Some 60 people along with dozens of cars were aboard the ferry.', 'Some 60').unit).toBe('people');
  });
});
