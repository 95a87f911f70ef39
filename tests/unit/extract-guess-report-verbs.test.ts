// "presumed", "projected": a body's guess or forecast is its word, as "estimated" is.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract';

const figureSources = (text: string): [number, string | null][] =>
  extract(text)
    .claims.filter((c) => c.kind === 'figure')
    .map((c) => [c.figures[0]!.value, c.attributedTo]);

describe('"X presumed/projected …" reports as "X estimated" does', () => {
  it('gives the count a rescue group presumed to that group', () => {
    expect(figureSources('Ostra Rescue presumed that the raft was carrying 62 people.')).toEqual([[62, 'Ostra Rescue']]);
  });

  it('gives the sum a firm projected to that firm', () => {
    expect(figureSources('Kelmor Foods has projected a loss of more than €12 million this year.')).toEqual([[12000000, 'Kelmor Foods']]);
  });

  it('keeps a passive "are presumed" with the sentence’s own speaker', () => {
    expect(figureSources('Ostra Rescue said 62 people are presumed dead.')).toEqual([[62, 'Ostra Rescue']]);
  });
});
