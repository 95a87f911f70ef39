// A poll, survey or model whose author is named reports what it finds: "X's modelling points to", "a poll of X … showed".
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract';
import { discrepancies } from './extract-helpers';

/** "value by" of each figure claim, the source being the named one or "-". */
const figureSources = (text: string): string[] =>
  extract(text)
    .claims.filter((c) => c.kind === 'figure')
    .map((c) => `${c.figures[0]!.value} ${c.attributedTo ?? '-'}`);

describe('a study whose author is named gives what it finds', () => {
  it('takes the author named before the study, with "points to" as its verb', () => {
    expect(figureSources('Meanwhile, Kelmor Analytics’ modelling points to the Varn Party winning 84 seats in the 150-seat house.')).toEqual(['84 Kelmor Analytics', '150 Kelmor Analytics']);
  });

  it('takes the author of "a poll of the X firm" over the words of the poll before its verb', () => {
    expect(figureSources('Meanwhile, a poll of the Ostrava firm carried out for some papers in Varn, showed a margin of 0.8 percent between the candidates.')).toEqual(['0.8 Ostrava']);
  });

  it('takes the author named as the study’s modifier ("The final Ostrava polls shows")', () => {
    expect(figureSources('The final Ostrava polls shows the Varn Party at 53 percent.')).toEqual(['53 Ostrava']);
  });

  it('gives nothing where the sentence only speaks of a study with no finding, or names no author', () => {
    expect(figureSources('Ostrava doubted the poll of 1,200 voters taken in May.')).toEqual(['1200 -']);
    expect(figureSources('The final polls shows the Varn Party at 53 percent.')).toEqual(['53 -']);
    // "points" with no "to" says no finding.
    expect(figureSources('Kelmor Analytics’ model points 12 ways forward for the party.')).toEqual(['12 -']);
  });
});

describe('what a study finds goes on after it', () => {
  it('gives a "would" sentence right after the finding to the study’s author', () => {
    const text = 'Meanwhile, Kelmor Analytics’ modelling points to the Varn Party winning 84 seats.\n\nIndependents would hold 14, the Greens three.';
    expect(figureSources(text)).toEqual(['84 Kelmor Analytics', '14 Kelmor Analytics', '3 Kelmor Analytics']);
  });

  it('gives "The poll" two paragraphs on to the author of the poll named before', () => {
    const text =
      'Meanwhile, a poll of the Ostrava firm showed a margin of 0.8 percent.\n\nIf the vote were held tomorrow, Varn would win 48.5 percent.\n\nThe poll was carried out in May and 1,200 voters were surveyed.';
    expect(figureSources(text)).toEqual(['0.8 Ostrava', '48.5 Ostrava', '1200 Ostrava']);
  });

  it('leaves a "would" sentence alone where the sentence before names no study', () => {
    const text = 'The Varn Party won 84 seats.\n\nIndependents would hold 14, the Greens three.';
    expect(figureSources(text)).toEqual(['84 -', '14 -', '3 -']);
  });
});

describe('an outlet’s or a body’s own count, tally or review gives what it finds', () => {
  it('takes the outlet named before "count" or "tally", or owning it', () => {
    expect(figureSources('A Halden Post count shows at least 212 people drowned in the lake.')).toEqual(['212 Halden Post']);
    expect(figureSources('Ostrava Radio’s tally showed 57 homes were swept away.')).toEqual(['57 Ostrava Radio']);
  });

  it('gives the count of a clause set against an unnamed report to the outlet counting', () => {
    const text = 'While port officials said 140 drowned, a Halden Post tally drawn from hospital lists across the coast shows at least 212 died.';
    expect(figureSources(text)).toEqual(['140 -', '212 Halden Post']);
    const rows = discrepancies(text);
    expect(rows).toHaveLength(1);
    expect(rows[0]![1]).toEqual(['140 port officials (unnamed)', '212 Halden Post']);
  });

  it('gives nothing where no one is named as the counter, or the count finds nothing', () => {
    expect(figureSources('A final count shows at least 212 people drowned in the lake.')).toEqual(['212 -']);
    expect(figureSources('Halden Post doubted the count of 212 given in May.')).toEqual(['212 -']);
  });

  it('gives what an inquiry or report of a named body finds or details to that body', () => {
    expect(figureSources('An EU inquiry found that Ruritania had jailed 380 reporters in 2019.')).toEqual(['380 EU']);
    expect(figureSources('The report by Kelmor Rights, released in Varn, details the deaths of nine people shot at checkpoints.')).toEqual(['9 Kelmor Rights']);
  });

  it('gives nothing where the inquiry has no named author, or its verb finds nothing', () => {
    expect(figureSources('An inquiry found that Ruritania had jailed 380 reporters in 2019.')).toEqual(['380 -']);
    expect(figureSources('An EU inquiry into the jailing of 380 reporters in Ruritania opened on Monday.')).toEqual(['380 -']);
  });
});
