// @vitest-environment node
// A people's adjective the lexicon does not know ("Kelmorese", "Varnian") before a speaker's noun says whose country the speaker is of.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract';

/** Named source and unnamed reporter of each figure claim of `text`, by the figure's value. */
const figureSources = (text: string): [number, string | null, string | null][] =>
  extract(text)
    .claims.filter((c) => c.kind === 'figure')
    .map((c) => [c.figures[0]!.value, c.attributedTo, c.reportedBy]);

describe('an unknown people\'s adjective before an unnamed speaker', () => {
  it('is a word of the speaker closing a sentence, as a known one is', () => {
    expect(figureSources('The storm left 63 people dead, Kelmorese authorities said.')).toEqual([[63, null, 'Kelmorese authorities']]);
    expect(figureSources('The storm left 63 people dead, Ostrian authorities said.')).toEqual([[63, null, 'Ostrian authorities']]);
  });

  it('is a word of the speaker opening a sentence where the text also uses it elsewhere', () => {
    const text = 'Kelmorese authorities said 63 people had died by Sunday. The storm also destroyed 900 homes, Kelmorese authorities said.';
    expect(figureSources(text).map(([value, , by]) => [value, by])).toEqual([
      [63, 'Kelmorese authorities'],
      [900, 'Kelmorese authorities'],
    ]);
  });

  it('leaves a body\'s name before a speaker\'s noun as the source', () => {
    expect(figureSources('The storm left 63 people dead, Kelmor Mining officials said.')).toEqual([[63, 'Kelmor Mining', null]]);
  });
});
