// One-word partial quotes whose speaker is a body after a dated subject, or a group the text does not name.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract';

/** "speaker/reporter: words" of each quote claim. */
const quotes = (text: string): string[] =>
  extract(text)
    .claims.filter((c) => c.kind === 'quote')
    .map((c) => `${c.attributedTo ?? '-'}/${c.reportedBy ?? '-'}: ${c.text}`);

describe('a body named with its noun and a day before the verb', () => {
  it('gives "the opposition KUP party on Sunday claimed … “fraud”" to the party', () => {
    expect(quotes('The opposition KUP party on Sunday claimed that there had been “fraud” in the count.')).toEqual(['KUP/-: fraud']);
  });
});

describe('a group of observers the text does not name', () => {
  it('reports a word they quote ("election observers warned of possible “…”")', () => {
    expect(quotes('Election observers warned of possible "irregularities" in the count.')).toEqual(['-/Election observers: irregularities']);
  });
  it('keeps their report through a second verb sharing the subject ("said … but warned of “…”")', () => {
    expect(quotes('Officials said turnout was high but warned of "irregularities" in the count.')).toEqual(['-/officials: irregularities']);
  });
});
