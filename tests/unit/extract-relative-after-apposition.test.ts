// "X, secretary of the party, who was at the scene, reported": a relative clause after an apposition still leaves X the subject.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract';

const figureSources = (text: string): string[] =>
  extract(text)
    .claims.filter((c) => c.kind === 'figure')
    .map((c) => `${c.figures[0]!.value} ${c.attributedTo ?? '-'}`);

describe('a relative clause after a person’s apposition', () => {
  it('keeps the person named before the apposition as the subject of the verb', () => {
    expect(figureSources('Ostap Varn, deputy secretary of the Kelmor party’s youth wing, who was in the square at the time, reported that three protesters died.')).toEqual(['3 Ostap Varn']);
    expect(figureSources('Ostap Varn, deputy secretary of the party, who saw the clash, said that three protesters died.')).toEqual(['3 Ostap Varn']);
  });

  it('leaves a count before the clause to its own sentence, and a relative clause on a body to that body', () => {
    expect(figureSources('Officials said 22 were killed, a claim denied by the Kelmor army, which said only 3 died.')).toEqual(['22 -', '3 Kelmor army']);
  });
});
