// `“Almost 30 boats” sank in the storm of “…,” police said`: a quote whose clause goes on into a second quote shares that quote's unnamed tag.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract';

/** Each quote claim of `text` as [its first words, speaker, unnamed reporter]. */
const quotes = (text: string): [string, string | null, string | null][] =>
  extract(text)
    .claims.filter((c) => c.kind === 'quote')
    .map((c) => [c.text.split(/\s+/).slice(0, 3).join(' '), c.attributedTo, c.reportedBy]);

describe('a quote whose clause goes on into a second quote tagged by someone unnamed', () => {
  it('is reported by whoever that tag names', () => {
    expect(quotes('"Nearly forty fishing boats" went down off the cape in "a gale far worse than any on our records," harbour police said.')).toEqual([
      ['Nearly forty fishing', null, 'harbour police'],
      ['a gale far', null, 'harbour police'],
    ]);
  });
  it('is reported by the unnamed body an "it" tag stands for', () => {
    const before = "Kelmor's coast guard said the storm struck the islands with heavy rain and hail on Sunday.\n\n";
    expect(quotes(`${before}"Nearly forty fishing boats" went down off the cape in "a gale far worse than any on our records," it added.`).map((q) => q[2])).toEqual([
      "Kelmor's coast guard",
      "Kelmor's coast guard",
    ]);
  });
  it('keeps its own tag where one stands between the two quotes', () => {
    expect(quotes('"Nearly forty fishing boats" went down, the mayor told reporters after "a gale far worse than any on our records," harbour police said.')).toEqual([
      ['Nearly forty fishing', null, 'the mayor'],
      ['a gale far', null, 'harbour police'],
    ]);
  });
});
