// A quote inside a clause its verb reports, the clause going on after the closing mark, then a tag closing the sentence.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract';

/** Text, speaker and unnamed reporter of each quote claim of `text`. */
const quotes = (text: string): [string, string | null, string | null][] =>
  extract(text)
    .claims.filter((c) => c.kind === 'quote')
    .map((c) => [c.text, c.attributedTo, c.reportedBy]);

describe('"X said the toll included “…” from the group, the Kelmor Times says"', () => {
  it('gives the quote to the clause’s subject, named or not, not to the outlet reporting the sentence', () => {
    expect(quotes('Minister Ana Kelm said this figure included “many of the rebels” from the militant group, the Kelmor Times says.')).toEqual([
      ['many of the rebels', 'Ana Kelm', null],
    ]);
    expect(quotes('Varn’s defence ministry said this figure included “many of the rebels” from the militant group, the Kelmor Times says.')).toEqual([
      ['many of the rebels', null, 'Varn’s defence ministry'],
    ]);
  });

  it('leaves the tag its quote where the quote closes the clause or nothing reports it before', () => {
    expect(quotes('Minister Ana Kelm said this figure included “many of the rebels”, the Kelmor Times says.')).toEqual([['many of the rebels', 'Kelmor Times', null]]);
    expect(quotes('The toll included “many of the rebels” from the militant group, the Kelmor Times says.')).toEqual([['many of the rebels', 'Kelmor Times', null]]);
  });
});
