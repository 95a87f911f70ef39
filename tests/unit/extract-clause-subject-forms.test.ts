// The subject of a clause keeps its own figure: "X was able to confirm 11, and Y said 24"; "the X coalition, led by Y, put the toll at".
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract';

const figureSources = (text: string): string[] =>
  extract(text)
    .claims.filter((c) => c.kind === 'figure')
    .map((c) => `${c.figures[0]!.value} ${c.attributedTo ?? '-'}`);

describe('what a subject was able to confirm', () => {
  it('gives the first clause’s count to its subject, the second clause’s to its own speaker', () => {
    expect(figureSources('The Ostra Courier was able to confirm 9 deaths, and the Kelmor Rights Commission said 31 people were shot.')).toEqual(['9 Ostra Courier', '31 Kelmor Rights Commission']);
  });

  it('gives nothing to a subject that was unable to confirm the count', () => {
    expect(figureSources('The Ostra Courier was unable to confirm 11 deaths.')).toEqual(['11 -']);
  });
});

describe('a body led by a person', () => {
  it('gives the body, not its leader named in a "led by" aside, what it puts the toll at', () => {
    expect(figureSources('Yet the Kelmor Alliance, led by longtime organiser Ana Ruiz, put the death toll at over 120.')).toEqual(['120 Kelmor Alliance']);
  });

  it('keeps a person’s own participle aside ("X, visiting the port, said")', () => {
    expect(figureSources('Ana Ruiz, visiting the port, said 40 people died.')).toEqual(['40 Ana Ruiz']);
  });
});
