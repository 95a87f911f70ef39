// A stretch of time a rule allows or something yet to come is to last is no figure (no-counts.ts ruledOrForeseenSpan).
import { describe, expect, it } from 'vitest';
import { phrases } from './extract-helpers';

describe('figures: the longest time a rule allows, and how long something to come may last', () => {
  it('drops a span after a modal or "supposed to" and a passive, then "for"', () => {
    expect(phrases('Suspects may only be kept for up to 72 hours, the Varn lawyer said.')).toEqual([]);
    expect(phrases('Migrants were meant to be held for 10 days at the Ostra camp.')).toEqual([]);
    // What was done stays an amount.
    expect(phrases('Suspects were kept for up to 72 hours, the Varn lawyer said.')).toEqual(['up to 72']);
  });

  it('drops a span after a word of what is planned and "to last"', () => {
    expect(phrases('The hearing in Ostra is set to last three weeks.')).toEqual([]);
    expect(phrases('Kelmor said the strike was expected to last for 12 days.')).toEqual([]);
    // How long stocks will last is how much is left.
    expect(phrases('Ostra\'s fuel reserves will last nine months.')).toEqual(['nine']);
    // Time lost, not foreseen to last, stays.
    expect(phrases('Kelmor said the strikers were set to lose 12 days of pay.')).toEqual(['12']);
  });
});
