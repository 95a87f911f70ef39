/** Where "<Name> of <Place>" is one body's name: its initials written alone elsewhere, or "The" before it and a verb of saying after. */

import { classAt, LETTER } from '../chars';
import { reportsAfter } from '../scan';
import type { Token } from '../tokens';

/** Fewest capitalised words whose initials make a short form worth looking for ("FVK", not "FV"). */
const MIN_INITIALS = 3;

/**
 * "The Free Voice of Kelmor reported … FVK counted three deaths": the initials of the words' capitals, written alone as a
 * word elsewhere in the article, show the words to be one name, place and all; not two ("Free Voice" and "Kelmor"). Read
 * only for the few runs a rule asks about, the short form looked up with indexOf, not word by word.
 */
export function initialsWrittenAlone(text: string, words: readonly Token[]): boolean {
  let short = '';
  for (const w of words) if (w.capitalised) short += w.text[0]!;
  if (short.length < MIN_INITIALS) return false;
  short = short.toUpperCase();
  for (let p = text.indexOf(short); p >= 0; p = text.indexOf(short, p + 1)) {
    if (!(classAt(text, p - 1) & LETTER) && !(classAt(text, p + short.length) & LETTER)) return true;
  }
  return false;
}

/**
 * "The Free Voice of Kelmor reported that …": words after "The" that open a sentence or follow a comma, then a verb of
 * saying, speak as one body; no person is named with "the", so the place is part of the name.
 */
export function speaksAfterThe(text: string, words: readonly Token[]): boolean {
  const start = words[0]!.start;
  if (!text.startsWith('The ', start - 4) || (start > 4 && text.charCodeAt(start - 5) !== 32) || !words.every((w, k) => k === words.length - 2 || w.capitalised)) return false;
  const end = words[words.length - 1]!.end;
  return reportsAfter(text, end, Math.min(text.length, end + 40));
}
