// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract';

/** Each quote claim of `text` as [its first words, speaker, reporter]. */
const quotes = (text: string): [string, string | null, string | null][] =>
  extract(text)
    .claims.filter((c) => c.kind === 'quote')
    .map((c) => [c.text.split(/\s+/).slice(0, 3).join(' '), c.attributedTo, c.reportedBy ?? null]);

describe('"the spokesperson said" after "a <body> spokesperson"', () => {
  const statement = (who: string): string =>
    'Ostra Bank has opened four branches in Kelmor this year.\n\n' +
    `In a statement, ${who} spokesperson told the Varn Times: “We will open six more branches in Kelmor by June.\n\n` +
    '“Ostra Bank continues to grow its business across the country,” the spokesperson said.';

  it('speaks for the body that spokesperson was introduced for', () => {
    expect(quotes(statement('an Ostra Bank')).pop()).toEqual(['Ostra Bank continues', 'Ostra Bank', null]);
  });

  it('speaks for no one after a place’s spokesperson', () => {
    expect(quotes(statement('a Kelmor')).pop()).toEqual(['Ostra Bank continues', null, 'the spokesperson']);
  });
});
