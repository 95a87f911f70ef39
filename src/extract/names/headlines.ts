/** Headlines set in title case and programme labels ("Facts First:"), whose capitals name nobody. */

import type { Occurrence } from './occurrence';
import { isAcronym, type Token } from '../tokens';
import { CONNECTOR, FUNCTION, GIVEN_NAME, wordClass } from '../wordclass';

/** Fewer words make no headline: "Boeing Chief Executive Kelly Ortberg spoke." is a sentence. */
const MIN_HEADLINE_WORDS = 6;

/**
 * "Landlords Evicted Maui Residents and Housed Wildfire Survivors for More Money": a headline in
 * title case, where only function words are in lower case (a sentence has its verb so) and several
 * capitalised words are nouns the article also writes in lower case, has no names to read by their capitals.
 */
export function isTitleCase(tokens: readonly Token[], from: number, to: number, isCommonNoun: (t: Token) => boolean): boolean {
  if (to - from < MIN_HEADLINE_WORDS) return false;
  // Most sentences have too few capitals: counting them rules those out before any word is looked up,
  // and a sentence is ruled out as soon as its lower-case words leave too few capitals possible.
  const words = to - from - 1;
  let lower = 0;
  for (let i = from + 1; i < to; i++) {
    if (tokens[i]!.capitalised) continue;
    lower++;
    if (words - lower < 0.7 * words) return false;
  }
  let common = 0;
  for (let i = from + 1; i < to; i++) {
    const t = tokens[i]!;
    if (!t.capitalised) {
      if (!(t.cls & FUNCTION) && /\p{L}/u.test(t.text)) return false;
    } else if (!isAcronym(t.text) && isCommonNoun(t)) common++;
  }
  return common >= 2;
}

/**
 * "Facts First: There were empty seats.": a programme's label opening paragraphs before a colon has
 * the shape of a transcript's "Ruiz:", but holds a word no one's name has ("first", "why", "it"). A
 * name written only so is no source; one also used in the text is kept.
 */
export function withoutLabels(text: string, found: Occurrence[]): Occurrence[] {
  const isLabel = (o: Occurrence): boolean =>
    text.charCodeAt(o.end) === 58 && opensParagraph(text, o.start) && o.words.length > 1 && o.words.some((w) => (wordClass(w) & (FUNCTION | CONNECTOR)) === FUNCTION) && !o.words.some((w) => wordClass(w) & GIVEN_NAME); // :
  if (!found.some(isLabel)) return found;
  const used = new Set(found.filter((o) => !isLabel(o)).map((o) => o.key));
  return found.filter((o) => used.has(o.key) || !isLabel(o));
}

/** Longest line opening read before a label ("Why" of "Why It Matters:"). */
const LABEL_OPENING = 20;

/** Only spaces and function words ("Why" of "Why It Matters:") stand between the start of its line (or of the text) and `start`. */
function opensParagraph(text: string, start: number): boolean {
  const lo = Math.max(0, start - LABEL_OPENING);
  let i = start;
  while (i > lo && text.charCodeAt(i - 1) !== 10 && text.charCodeAt(i - 1) !== 13) i--;
  if (i > 0 && text.charCodeAt(i - 1) !== 10 && text.charCodeAt(i - 1) !== 13) return false;
  const opening = text.slice(i, start).trim();
  return !opening || opening.split(/\s+/).every((w) => (wordClass(w.toLowerCase()) & FUNCTION) !== 0);
}

/**
 * "STATE-OWNED Kelmor Bank", "FAMILY-CONTROLLED Varn Foods": a run opening with the participle of a compound set in capitals
 * (a feature's lead-in, its first half before the hyphen) before a word in title case; the participle modifies the name.
 */
export function isCapitalsCompoundTail(text: string, run: readonly Token[]): boolean {
  if (run.length < 2) return false;
  const [first, next] = [run[0]!, run[1]!];
  return text[first.start - 1] === '-' && CAPITALS_BEFORE_HYPHEN.test(text.slice(Math.max(0, first.start - 12), first.start)) && isAcronym(first.text) && !isAcronym(next.text) && PARTICIPLE.test(first.text);
}
const CAPITALS_BEFORE_HYPHEN = /\b\p{Lu}{2,}-$/u;
const PARTICIPLE = /^\p{Lu}{2,}(?:ED|ING)$/u;
