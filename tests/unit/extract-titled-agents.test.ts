// A person's title between "by" and the name of a passive's agent ("As confirmed by Health Minister Ana Ruiz, …").
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract';

/** "value attributedTo reportedBy" of each figure claim, "-" for none. */
const figureSources = (text: string): string[] =>
  extract(text)
    .claims.filter((c) => c.kind === 'figure')
    .map((c) => `${c.figures[0]!.value} ${c.attributedTo ?? '-'} ${c.reportedBy ?? '-'}`);

describe('a titled agent of a passive frame', () => {
  it('gives the count to the person after the title', () => {
    expect(figureSources('As confirmed by Interior Minister Bela Korvan on Monday, the number of dead could reach 75.')).toEqual(['75 Bela Korvan -']);
  });

  it('gives none where the title has no name after it', () => {
    expect(figureSources('As feared by the interior minister, the number of dead could reach 75.')).toEqual(['75 - -']);
  });
});
