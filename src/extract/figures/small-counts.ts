/** Small numbers in words that often count nothing ("one of the reasons", "the two ministers", "zero tolerance") and the ones that still do; separate because they are read after the figure's event. */
import { isRange, type NumberHit } from './numbers';
import type { Range } from '../sentences';
import type { FigureHit } from './figures';
import { HYPHEN } from '../chars';
import { LENGTHS } from './units';

export const ZERO_IDIOMS = new Set(['tolerance', 'hour']);
export const ONE_OF = /^\s+of\s/i;

/**
 * "the two ministers", "their three children", "our two countries": a small count in words after a
 * definite word points back at people or things already named; it reports nothing unless it counts
 * an event ("the two men were killed").
 */
export function isBackReference(text: string, sentence: Range, hit: NumberHit, about: string | null, compared: boolean): boolean {
  // "the two-point lead" is a measure, not a pointer back.
  if (!hit.words || about !== null || compared || isRange(hit) || hit.value < 2 || hit.value > 10 || text.charCodeAt(hit.end) === HYPHEN) return false;
  return DEFINITE_BEFORE.test(text.slice(Math.max(sentence.start, hit.start - 8), hit.start));
}
const DEFINITE_BEFORE = /\b(?:the|these|those|its|their|our|his|her)\s+$/i;
/**
 * A "one" that counts: it closes a compound ("a one-point lead"), follows "only", or ends a list of
 * counts of the same thing ("31 cases, Nairobi 17 and Murang'a one case": an earlier figure of the
 * sentence counts the plural of its noun).
 */
export function isCountedOne(text: string, sentence: Range, hit: NumberHit, unit: string | null, earlier: FigureHit[]): boolean {
  // "fell one per cent": a percentage in words is an amount.
  if ((text.charCodeAt(hit.end) === HYPHEN && unit !== null) || unit === '%') return true;
  if (afterOnly(text, sentence, hit)) return true;
  if (unit === null) return false;
  // "just under one foot": a length is a measure, whatever "one" stands before.
  if (COUNTED_SINGULARS.has(unit.toLowerCase()) || LENGTHS.has(unit)) return true;
  const plurals = [`${unit}s`, `${unit}es`];
  return earlier.some(({ figure: { unit: u } }) => u !== null && plurals.some((p) => u === p || u.endsWith(` ${p}`)));
}

/** Singular nouns of a countable event or vote that "one" counts: "lost by one vote", "one injury was from live fire". */
const COUNTED_SINGULARS = new Set(['vote', 'seat', 'death', 'injury', 'fatality', 'casualty', 'arrest']);

/** "only one": the number follows "only". */
export const afterOnly = (text: string, sentence: Range, hit: NumberHit): boolean => /\bonly\s+$/i.test(text.slice(Math.max(sentence.start, hit.start - 6), hit.start));
