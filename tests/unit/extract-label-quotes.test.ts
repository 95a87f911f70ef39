// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract';

/** The text of each quote claim of `text`. */
const quoted = (text: string): string[] =>
  extract(text)
    .claims.filter((c) => c.kind === 'quote')
    .map((c) => c.text);

describe('a few quoted words that label a thing or a count', () => {
  it('are no quote after "as a", nor right before or after a number', () => {
    expect(quoted('Tomas Varn said the council treats the harbour as a ‘milk cow’ for its budget.')).toEqual([]);
    expect(quoted('Defence Minister Tomas Varn said in a video that the army has “neutralised” 184 “rebels” in the new operation.')).toEqual([]);
  });

  it('stay the source’s words elsewhere in the sentence', () => {
    expect(quoted('Tomas Varn said the deal was “reckless” and would cost 40 jobs.')).toEqual(['reckless']);
    expect(quoted('The opposition KUP party on Sunday claimed that there had been “fraud” in the count.')).toEqual(['fraud']);
  });
});
