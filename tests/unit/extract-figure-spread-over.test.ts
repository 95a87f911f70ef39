// "the five provinces" right after a count and "across" tells over how many the count is spread: a figure of its own.
import { describe, expect, it } from 'vitest';
import { figures } from './extract-helpers';

const read = (text: string) => figures(text).map((f) => [f.value, f.unit]);

describe('a count spread across "the N <plural>"', () => {
  it('keeps "the five provinces" after a count and "across"', () => {
    expect(read('There are some two million farmers across the five provinces of Varn.')).toEqual([
      [2e6, 'farmers'],
      [5, 'provinces'],
    ]);
  });

  it('still drops "the three ministers" that points back', () => {
    expect(read('The three ministers met 40 Ostra farmers on Monday.')).toEqual([[40, 'Ostra farmers']]);
  });
});
