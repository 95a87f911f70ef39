// "X said …, remarks likely to …": the writer's comment after a report is not the speaker's; its figures are nobody's.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract';

const figureBy = (text: string, value: number): string | null | undefined =>
  extract(text).claims.find((c) => c.kind === 'figure' && c.figures[0]!.value === value)?.attributedTo;

describe('a comment summing up a report', () => {
  it('gives a figure after ", remarks likely to …" to no one', () => {
    const text = 'Senior Ostra aide Tomas Lind said police had been hiding bodies, remarks bound to stoke the fury that met the news that Varn had won, with 53.8 percent of votes.';
    expect(figureBy(text, 53.8)).toBeNull();
  });
  it('keeps the figure of the report before the comment, and "remarks" as a verb, to the speaker', () => {
    expect(figureBy('Tomas Lind said 20 people died, remarks that drew anger in Kelmor.', 20)).toBe('Tomas Lind');
    expect(figureBy('Tomas Lind remarks that 20 people died in Kelmor.', 20)).toBe('Tomas Lind');
  });
});
