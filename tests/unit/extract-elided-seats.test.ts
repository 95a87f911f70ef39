// Bare counts that go on from a count of seats count seats.
import { describe, expect, it } from 'vitest';
import { figure } from './extract-helpers';

describe('a bare count after a count of seats', () => {
  it('counts seats in the same sentence after a verb of winning or expecting', () => {
    expect(figure('The Kelmor bloc took just 19 seats, having expected more than 30 before polling day.', 'more than 30').unit).toBe('seats');
  });
  it('counts seats after a loss of seats, in the level it ends up with', () => {
    expect(figure('The Varn list is set to lose 9 seats and end up with only 38.', '38').unit).toBe('seats');
  });
  it('counts seats as the first counts of the sentence after, held by parties listed', () => {
    const text = 'The Ostra alliance is set to keep 61 seats. Independents would win 11, Farmers four, and the rest go to minor lists.';
    expect(figure(text, '11').unit).toBe('seats');
    expect(figure(text, 'four').unit).toBe('seats');
  });
  it('leaves a bare number of another sentence that no party holds', () => {
    expect(figure('The Ostra alliance won 61 seats. Polls had opened at 7 on Sunday.', '7').unit).toBeNull();
  });
});

describe('a bare count a listed party ends "with"', () => {
  it('counts seats for parties listed "with one each" after counts of seats', () => {
    const text = 'The Ostra alliance is set to keep 61 seats. Independents would win 11, Farmers four, and the Varn League and the Kelmor Bloc with one each.';
    expect(figure(text, 'one').unit).toBe('seats');
  });
  it('leaves a count "with" that no party name opens', () => {
    expect(figure('The Varn League won 12 seats, and the count closed late with 2 still to declare.', '2').unit).toBeNull();
  });
});
