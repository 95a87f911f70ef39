// "They" after a sentence an outlet only relays with a trailing "according to X" is the plural speaker opening that sentence.
import { describe, expect, it } from 'vitest';
import { figureReporters } from './extract-helpers';

describe('"they" after a trailing "according to X"', () => {
  it('gives the count of "They claim …" to the plural subject the relayed sentence opens with', () => {
    const text = 'Dock unions voiced anger at the cuts at the Varn plant, according to the Varn Courier. They claim there was no warning about the 140 job losses.';
    expect(figureReporters(text)).toEqual(['Dock unions']);
  });

  it('gives the count of "They counted …" to it too', () => {
    const text = 'Dock unions estimated that over 90,000 people marched, according to figures printed by the Varn Courier newspaper. They counted 12,000 people in Varn.';
    expect(figureReporters(text).at(-1)).toBe('Dock unions');
  });

  it('leaves "they" alone after a sentence the outlet opens and reports', () => {
    const text = 'The Varn Courier said dock unions voiced anger at the cuts. They claim there was no warning about the 140 job losses.';
    expect(figureReporters(text)).toEqual([null]);
  });
});
