// A tally "collated", "gathered" or "collected" by someone is theirs, as one "compiled" or "released" by them is.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract';

/** "value attributedTo reportedBy" of each figure claim, "-" for none. */
const figureSources = (text: string): string[] =>
  extract(text)
    .claims.filter((c) => c.kind === 'figure')
    .map((c) => `${c.figures[0]!.value} ${c.attributedTo ?? '-'} ${c.reportedBy ?? '-'}`);

describe('a tally gathered by a source', () => {
  it('gives the count to the named body that gathered the figures', () => {
    expect(figureSources('Figures gathered by the Brask Herald show 31 drownings along the coast.')).toEqual(['31 Brask Herald -']);
  });

  it('gives the count to the unnamed speaker "by" names, not to the noun of the data', () => {
    expect(figureSources('As per data collated by a regional newspaper, 31 people drowned along the coast.')).toEqual(['31 - a regional newspaper']);
  });

  it('gives none where the data were gathered by no one the sentence names', () => {
    expect(figureSources('As per data collated last week, 31 people drowned along the coast.')).toEqual(['31 - -']);
  });
});
