// "X grew its profit to 147 million; Y said …": a source named only after a semicolon speaks for its own clause alone.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract';

const figureBy = (text: string, value: number): [string | null, string | null] => {
  const c = extract(text).claims.find((x) => x.kind === 'figure' && x.figures[0]!.value === value)!;
  return [c.attributedTo, c.reportedBy];
};

describe('a source named after a semicolon', () => {
  it('keeps the figures of the clause before the semicolon from it; a company that grew its profit owns it', () => {
    const text = 'Kelmor Holdings grew its profit to 147 million in the year; Varn Bank said its profit grew to 138 million.';
    expect(figureBy(text, 147_000_000)).toEqual(['Kelmor Holdings', null]);
    expect(figureBy(text, 138_000_000)).toEqual(['Varn Bank', null]);
  });

  it('gives a company its own results before the semicolon, and leaves a clause that reports as it was', () => {
    const own = "Kelmor Holdings' profit grew to 147 million; Varn Bank said its profit grew to 138 million.";
    expect(figureBy(own, 147_000_000)).toEqual(['Kelmor Holdings', null]);
    const said = 'Ana Ruiz said profit grew to 147 million; Varn Bank said costs fell.';
    expect(figureBy(said, 147_000_000)).toEqual(['Ana Ruiz', null]);
  });
});

describe('a company moving a measure of its own', () => {
  it('gives "X grew its PBT to N from M" both figures to X', () => {
    const text = 'Kelmor Holdings grew its PBT to N88.6bn in the first half from N71.2bn.';
    expect(figureBy(text, 88_600_000_000)).toEqual(['Kelmor Holdings', null]);
    expect(figureBy(text, 71_200_000_000)).toEqual(['Kelmor Holdings', null]);
  });
  it('keeps a place, and another company joined after it, out', () => {
    expect(figureBy('Ostra grew its exports to 147 million tonnes last year.', 147_000_000)).toEqual([null, null]);
    expect(figureBy('Kelmor Holdings grew its profit to N147bn, while Varn Bank lost N3bn.', 3_000_000_000)).toEqual([null, null]);
  });
});
