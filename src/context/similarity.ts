import { nameKey } from '../cache/normalize';
import type { Span } from '../extract/types';

// Words that say nothing about what a claim is about.
const STOP = new Set(
  'a an the of to in on at for by with from and or but is are was were be been has have had that this these those it its as not no than then there their they he she his her we our you your i'.split(' '),
);

/** The words of a text that tell what it is about, as name keys. */
export function contentWords(text: string): Set<string> {
  return new Set(nameKey(text).split(' ').filter((w) => w.length > 1 && !STOP.has(w)));
}

/** Content words two texts share (given as their contentWords), and that share of the shorter text's (0..1). */
export function sharedWords(wa: ReadonlySet<string>, wb: ReadonlySet<string>): { words: Set<string>; overlap: number } {
  const [small, large] = wa.size <= wb.size ? [wa, wb] : [wb, wa];
  const words = new Set([...small].filter((w) => large.has(w)));
  return { words, overlap: small.size ? words.size / small.size : 0 };
}

/**
 * The part of `text` from the first to the last of `words` (as name keys), as offsets into `text`;
 * null when none occurs. Tells the reader which words of a sentence matched a fact-check.
 */
export function spanOfWords(text: string, words: Set<string>): Span | null {
  let start = -1;
  let end = -1;
  for (const m of text.matchAll(/[\p{L}\p{N}]+(?:['’][\p{L}]+)?/gu)) {
    if (!words.has(nameKey(m[0]))) continue;
    if (start < 0) start = m.index;
    end = m.index + m[0].length;
  }
  return start < 0 ? null : { start, end };
}

/** Text folded for phrase search: case, diacritics, punctuation and spacing do not matter. */
export function foldForSearch(text: string): string {
  return ` ${nameKey(text)} `;
}

// Where a clause ends: a phrase may not run across these, so "the EU, the Council" never reads as
// "the EU the Council". Dotted initialisms are joined first, so "U.N." does not end a clause.
const INITIALISM = /(?<![\p{L}\p{N}])(?:\p{L}\.){2,}/gu;
const CLAUSE_END = /[,;:!?()[\]—–]|\.(?=\s|$)/;

/**
 * Text folded for phrase search within clauses: like foldForSearch, but punctuation between clauses
 * stays a boundary (written " | "), so a phrase matches only where the article runs it together.
 */
export function foldClauses(text: string): string {
  const joined = text.replace(INITIALISM, (m) => m.replace(/\./g, ''));
  return ` ${joined.split(CLAUSE_END).map(nameKey).join(' | ')} `.replace(/ {2,}/g, ' ');
}
