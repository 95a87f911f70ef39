// "Local Ostra-backed officials also insisted …": "Local" opening the sentence is no word of the place's name after it.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract';

const names = (text: string) => extract(text).mentions.map((m) => m.name);

describe('"Local" opening a sentence before a name', () => {
  it('is left out of the name', () => {
    const found = names('The blast hit a fuel depot. Local Varnesk-backed officials also insisted that no soldiers died.');
    expect(found).not.toContain('Local Varnesk');
  });
  it('stays in a body named with a head word', () => {
    expect(names('The blast hit a fuel depot. Local Councils Federation officials said no soldiers died.')).toContain('Local Councils Federation');
  });
});
