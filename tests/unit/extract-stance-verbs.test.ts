// Verbs of stance and promise ("hailed", "promised", "condemned") report their subject's statement.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract';

/** The sources of the statements of `text`. */
const statementSources = (text: string): (string | null)[] => extract(text).claims.filter((c) => c.kind === 'statement').map((c) => c.attributedTo);

describe('verbs of stance and promise', () => {
  it('gives "X, who …, promised that …" to X', () => {
    expect(statementSources('Tomas Varn, who visited the area on Wednesday, promised that families would be rehoused.')).toEqual(['Tomas Varn']);
  });
  it('gives "X hailed/condemned/demanded …" to X', () => {
    expect(statementSources('Paul Brandt hailed the response of the Kelmor army.')).toEqual(['Paul Brandt']);
    expect(statementSources('Paul Brandt condemned the attack on Tuesday.')).toEqual(['Paul Brandt']);
    expect(statementSources('Tomas Varn had demanded an apology from Paul Brandt.')).toEqual(['Tomas Varn']);
  });
  it('reads "the hailed reform" as no statement', () => {
    expect(statementSources('The hailed reform by Tomas Varn cost 30 million dollars.')).toEqual([]);
  });
  it('makes no source of a common plural noun opening such a sentence ("Commuters welcomed the move")', () => {
    const r = extract('Commuters welcomed the move but asked for better lighting.');
    expect(r.mentions.map((m) => m.name)).toEqual([]);
  });
});
