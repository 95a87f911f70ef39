// A member of a body speaks for it, as an official of it does ("A member of the Brask Mountain Rescue said …").
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract';

/** "value attributedTo reportedBy" of each figure claim, "-" for none. */
const figureSources = (text: string): string[] =>
  extract(text)
    .claims.filter((c) => c.kind === 'figure')
    .map((c) => `${c.figures[0]!.value} ${c.attributedTo ?? '-'} ${c.reportedBy ?? '-'}`);

describe('a member of a named body', () => {
  it('gives the count to the body the member is of', () => {
    expect(figureSources('A member of the Brask Mountain Rescue said that nine hikers died on the ridge.')).toEqual(['9 Brask Mountain Rescue -']);
  });

  it('gives none to members who are only counted', () => {
    expect(figureSources('Nine members of the climbing club died on the ridge.')).toEqual(['9 - -']);
  });
});
