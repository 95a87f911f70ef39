// A name opening a sentence, then a "whose" clause set off by commas, then its verb: the name is the verb's subject.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract';

const claims = (text: string): [string, string, string | null][] =>
  extract(text).claims.filter((c) => c.kind !== 'statement').map((c) => [c.kind, c.text, c.attributedTo]);

describe('"X, whose … , claimed" speaks through X', () => {
  it('gives the label a named subject claims ("is a “stable democracy”") to that subject, after "But" too', () => {
    const text = 'President Tomas Kelmor spoke on Monday. But Kelmor, whose Varn Front party has ruled for many years, claimed on Sunday that Ostra is a "stable democracy" despite the reports.';
    expect(claims(text)).toContainEqual(['quote', 'stable democracy', 'Tomas Kelmor']);
  });

  it('gives the figure X reports to X', () => {
    const text = 'President Tomas Kelmor spoke on Monday. Kelmor, whose party has ruled for many years, said on Sunday that 30 people died.';
    expect(claims(text)).toContainEqual(['figure', expect.stringContaining('30 people died'), 'Tomas Kelmor']);
  });

  it('keeps a name after a preposition out: "the party of Kelmor, whose …, said" names no one', () => {
    const text = 'President Tomas Kelmor spoke on Monday. The party of Kelmor, whose allies have ruled for many years, said on Sunday that 30 people died.';
    expect(claims(text)).not.toContainEqual(['figure', expect.stringContaining('30 people died'), 'Tomas Kelmor']);
  });
});
