// A quotation opened with ” inside a sentence, as some pages print every opening mark.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract';

/** Text and speaker of each quote claim of `text`. */
const quotes = (text: string): [string, string | null][] =>
  extract(text)
    .claims.filter((c) => c.kind === 'quote')
    .map((c) => [c.text, c.attributedTo]);

describe('” glued to the word after it inside a sentence', () => {
  it('opens a quotation that a later ” closes, spoken by the sentence’s subject', () => {
    expect(quotes('Last month, Ostra’s official Kelmor Central News Agency said ”hundreds of people” were dead or missing.')).toEqual([
      ['hundreds of people', 'Kelmor Central News Agency'],
    ]);
  });

  it('opens nothing where no ” closes it in the paragraph', () => {
    expect(quotes('The Kelmor Central News Agency said ”hundreds of people were dead or missing.')).toEqual([]);
  });
});
