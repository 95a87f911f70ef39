import type { Span } from '../extract/types';
import { hasLowerWord } from '../extract/ascii-words';

/**
 * "a storm feared to have claimed at least 70 lives in the hills", "at least 70 villagers are feared dead": a toll the clause gives as a
 * fear. One no source is given for is the writer's sense of the scale, no count of the dead so far (a source's fear stays: it is
 * that source's estimate). Why: set against the bodies found so far, the writer's fear read as a rival count of them.
 */
export function fearedToll(text: string, span: Span): boolean {
  const before = text.slice(Math.max(0, span.start - GUESS_REACH), span.start);
  if (hasLowerWord(before, 'feared') && FEARED_BEFORE.test(before)) return true;
  const after = text.slice(span.end, span.end + GUESS_REACH);
  return hasLowerWord(after, 'feared') && FEARED_AFTER.test(after);
}
/**
 * "the final toll could reach 80": a guess at the count to come, whoever makes it, no count of the dead so far.
 */
export const finalTollGuess = (text: string, span: Span): boolean => FINAL_TOLL_GUESS.test(text.slice(Math.max(0, span.start - GUESS_REACH), span.start));
const GUESS_REACH = 60;
/** "feared to have killed", "is feared to have claimed", right before the count. */
const FEARED_BEFORE = /\bfeared to have (?:killed|claimed|left)\s+$/i;
/** The count's noun (two words at most), "are/were feared", then "dead", "killed" or "to have died". */
const FEARED_AFTER = /^(?: [\p{L}-]+){0,2}? (?:(?:are|were|is|was|now|still) )*feared (?:dead|killed|drowned|to have (?:died|been killed|drowned))\b/iu;
/** "the final (death) toll might top", "the eventual number of dead may reach": a guess at the count to come. */
const FINAL_TOLL_GUESS =
  /\b(?:final|eventual|ultimate) (?:death )?(?:toll|number of (?:dead|deaths|victims)|count)\s+(?:could|may|might|would|will)(?: well)?\s+(?:be|reach|top|exceed|rise to|climb to)\s+$/i;
