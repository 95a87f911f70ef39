// "X reported that 40 patients were admitted. Six of them died …": a count "of them" goes on with the report before it.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract';
import { figure } from './extract-helpers';

const owner = (text: string, phrase: string): string | null => figure(extract(text), phrase).claim.attributedTo ?? null;

describe('a sentence opening with a count "of them"', () => {
  it('goes on with the report of the sentence before in its paragraph', () => {
    const text = 'The Orvik Nurses Council reported that more than 52 villagers fell ill after the wedding feast. Seven of them died and 19 went home.';
    expect(owner(text, 'Seven')).toBe('Orvik Nurses Council');
    expect(owner(text, '19')).toBe('Orvik Nurses Council');
  });
  it('takes no source from a sentence of the paragraph before', () => {
    const text = 'The Orvik Nurses Council reported that more than 52 villagers fell ill after the wedding feast.\n\nSeven of them died and 19 went home.';
    expect(owner(text, 'Seven')).toBeNull();
  });
});
