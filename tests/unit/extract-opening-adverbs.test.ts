// A sentence-initial adverb in "-ly" glued to the name after it (no comma) is no word of the name.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract';

const names = (text: string): string[] => extract(text).mentions.map((m) => m.name);

describe('an opening adverb before a name', () => {
  it('is dropped from the name', () => {
    expect(names('Eventually KELMA carried the vote, Ana Ruiz said.')).toContain('KELMA');
    expect(names('Eventually KELMA carried the vote, Ana Ruiz said.')).not.toContain('Eventually KELMA');
  });

  it('leaves a short given name in "-ly" whole', () => {
    expect(names('Sally Brennan said 4 died.')).toContain('Sally Brennan');
  });
});
