import { nameKey } from '../cache/normalize';

// Words that say nothing about what a claim is about.
const STOP = new Set(
  'a an the of to in on at for by with from and or but is are was were be been has have had that this these those it its as not no than then there their they he she his her we our you your i'.split(' '),
);

function contentWords(text: string): Set<string> {
  return new Set(nameKey(text).split(' ').filter((w) => w.length > 1 && !STOP.has(w)));
}

/** Share of the shorter text's content words that the other text also has (0..1). */
export function overlap(a: string, b: string): number {
  const wa = contentWords(a);
  const wb = contentWords(b);
  const [small, large] = wa.size <= wb.size ? [wa, wb] : [wb, wa];
  if (!small.size) return 0;
  let shared = 0;
  for (const w of small) if (large.has(w)) shared++;
  return shared / small.size;
}

/** Text folded for phrase search: case, diacritics, punctuation and spacing do not matter. */
export function foldForSearch(text: string): string {
  return ` ${nameKey(text)} `;
}
