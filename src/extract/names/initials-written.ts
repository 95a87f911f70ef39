/** A name of several words whose initials the article also writes alone, as the short form of the whole name. */

import { classAt, LETTER } from '../chars';
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
