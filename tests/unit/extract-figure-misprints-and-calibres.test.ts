// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { figures } from './extract-helpers';

/** Every figure of the text, as [comparator, value, upTo, unit, phrase]. */
const read = (text: string): [string, number, number | null, string | null, string][] =>
  figures(text).map((f) => [f.comparator, f.value, f.upTo ?? null, f.unit, f.phrase]);

describe('figures: misprints, calibres and counts written around their noun', () => {
  it('keeps the bound before a plus sign written on a rise', () => {
    expect(read('Kelmor Bank said its profit grew by at least +12% over the year.')).toEqual([['>=', 12, null, '%', 'at least +12%']]);
    // A plus sign with no bound before it stays exact.
    expect(read('Kelmor Bank said its profit grew +12% over the year.')).toEqual([['=', 12, null, '%', '12%']]);
  });

  it('reads a calibre as no figure, and the count before it counts the rounds after it', () => {
    expect(read('Guards in Varn found 2,400 7.62 calibre bullets and three pistols.')).toEqual([
      ['=', 2400, null, 'bullets', '2,400'],
      ['=', 3, null, 'pistols', 'three'],
    ]);
    expect(read('Guards in Varn found 600 9mm caliber rounds.')).toEqual([['=', 600, null, 'rounds', '600']]);
    // A measure that is no calibre stays a figure.
    expect(read('Guards in Varn found 2,400 7.62 kg of powder.').map((f) => f[1])).toContain(7.62);
  });

  it('joins a thousands group printed with a space after its comma, but not after a month\'s day or in a list', () => {
    expect(read('Officials in Ostra said 31, 208 households were moved to shelters.')).toEqual([['=', 31208, null, 'households', '31, 208']]);
    expect(read('Officials in Ostra said that on June 14, 208 households were moved.')).toEqual([['=', 208, null, 'households', '208']]);
    expect(read('Officials in Ostra counted 7, 31, 208 households.').map((f) => f[1])).toEqual([7, 31, 208]);
  });

  it('keeps the high end and percent sign of a range misprinted with a point before "%"', () => {
    expect(read('Analysts in Varn expect prices to rise between 40-44.5.% this year.')).toEqual([['>=', 40, 44.5, '%', 'between 40-44.5.%']]);
  });

  it('reads no year before the figures kept for it as a count', () => {
    expect(read('Kelmor Bank said the 2023 annual results were revised up by 40 million euros.').map((f) => f[1])).toEqual([40_000_000]);
    // A plural that is counted still counts.
    expect(read('The 2000 marchers reached Varn at noon.').map((f) => [f[1], f[3]])).toEqual([[2000, 'marchers']]);
  });

  it('reads the noun of "the number of" after a count put before it', () => {
    expect(read('The flood in Varn has raised to 17 the number of deaths this year.').map((f) => [f[1], f[3]])).toEqual([[17, 'deaths']]);
  });

  it('counts "the four" things whose names a bracket lists right after them', () => {
    expect(read('Profits of the four large lenders (Ostra Bank, Varn Trust, Kelm Savings and Delo) rose last year.').map((f) => [f[1], f[3]])).toEqual([[4, 'large lenders']]);
    // With no such list, "the four lenders" points back at lenders named before.
    expect(read('Profits of the four large lenders rose last year.')).toEqual([]);
  });

  it('counts people in a bare number said to be aboard', () => {
    expect(read('Rescuers in Varn said 58 had been aboard the ferry.').map((f) => [f[1], f[3]])).toEqual([[58, 'people']]);
    // A noun of its own stays the count's noun.
    expect(read('The ferry had 58 crates on board.').map((f) => [f[1], f[3]])).toEqual([[58, 'crates']]);
  });

  it('reads "in the preceding three years" as the stretch a statement covers, no figure', () => {
    expect(read('Exports from Ostra fell in the preceding three years, the ministry said.')).toEqual([]);
  });

  it('reads no figure in what someone hopes to get', () => {
    expect(read('We want everyone out, hoping to get 90 per cent turnout in Varn, Kelmor said.')).toEqual([]);
    // "no hope for" tells of people who are there.
    expect(read('There was no hope for over 60 people trapped in Varn, police said.').map((f) => [f[0], f[1]])).toEqual([['>', 60]]);
    expect(read('Organisers in Varn said they hope to draw 5,000 people.')).toEqual([]);
  });
});
