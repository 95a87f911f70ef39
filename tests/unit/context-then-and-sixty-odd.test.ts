// A toll its clause closes on "then" counts a past the sentence recalls; "more than 60" and 64 are one figure.
import { describe, expect, it } from 'vitest';
import { agree } from '../../src/context/figures-agree';
import { discrepancies } from './extract-helpers';

describe('a toll told of "then"', () => {
  it('is no rival of the story\'s toll', () => {
    const text = [
      'The Ostra Rights League said that police had shot 25 people dead in Varn on Sunday.',
      'The Kelmor Monitor said the region had seen months of unrest last year.',
      'It said the unrest had led to troops killing more than 300 people then.',
    ].join(' ');
    expect(discrepancies(text)).toEqual([]);
    // Without "then" the count is the story's, and the two sources' counts are set side by side.
    const now = text.replace('It said the unrest had led to troops killing more than 300 people then.', 'It said troops had killed more than 300 people.');
    expect(discrepancies(now)).toEqual([['killed', ['25 Ostra Rights League', '300 Kelmor Monitor']]]);
  });
});

describe('"more than 60" is sixty-odd', () => {
  it('agrees with 64, not with 67 or with 60', () => {
    expect(agree({ value: 60, comparator: '>' }, { value: 64 })).toBe(true);
    expect(agree({ value: 60, comparator: '>' }, { value: 67 })).toBe(false);
    expect(agree({ value: 60, comparator: '>' }, { value: 60 })).toBe(false);
    expect(agree({ value: 12, comparator: '>=' }, { value: 20 })).toBe(false);
  });

  it('makes no row of "more than 60 missing" and "64 missing"', () => {
    const text =
      'More than 60 people were missing after a boat sank off Kelmor, the Varn Coast Guard said. The Ostra Sea Rescue group said 64 people were missing.';
    expect(discrepancies(text)).toEqual([]);
    expect(discrepancies(text.replace('64 people', '71 people'))).toEqual([['missing', ['60 Varn Coast Guard', '71 Ostra Sea Rescue']]]);
  });
});
