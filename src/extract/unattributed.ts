import type { Named } from './attribution';
import { LETTER, runs } from './chars';
import { REPORTING_PARTICIPLES } from './lexicon';
import type { Quote } from './quotes';
import { firstFrom } from './ranges';
import type { Range } from './sentences';
import { FUNCTION, wordClass } from './wordclass';

/** What the words around a claim with no speaker of its own say about who speaks it (read by claims.ts). */

/** "… on its front page with the headline: " before a quote. */
const HEADLINE_BEFORE = /\bheadlined?:?\s*$/;

/**
 * "The Kelmor Daily News marked the arrest with the headline: “KILLER CAUGHT.”": a headline
 * quoted as one is the words of the outlet the sentence opens with.
 */
export function headlineOf(text: string, names: Named[], s: Range, q: Quote): number | null {
  if (!HEADLINE_BEFORE.test(text.slice(Math.max(s.start, q.open - 20), q.open))) return null;
  const first = names[firstFrom(names, s.start)];
  return first && first.start < q.open && first.kind === 'outlet' ? first.entity : null;
}

/**
 * Nothing, or one function word with its comma ("However,", "But"), stands before the quote at `open` in
 * its sentence; or a participle of speech with its comma ("Adding, “…”"), which goes on from the speaker before.
 */
export function opensSentence(text: string, start: number, open: number): boolean {
  let before = text.slice(start, open).trim();
  const comma = before.endsWith(',');
  if (comma) before = before.slice(0, -1);
  if (!before) return true;
  const words = runs(before, LETTER);
  if (words.length !== 1 || words[0] !== before) return false;
  const lower = before.toLowerCase();
  return (wordClass(lower) & FUNCTION) !== 0 || (comma && REPORTING_PARTICIPLES.has(lower));
}

