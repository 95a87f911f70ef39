/**
 * 'the victims, among them two nurses, were “at least 19”', "The wounded numbered about 60.": a bare count said to be what a
 * plural of people is counts that plural. Why: with no noun, the count says nothing of whom it counts.
 */
import type { NumberHit } from './numbers';
import type { Range } from '../sentences';
import { PEOPLE_NOUNS } from './units';

export function subjectCountedUnit(text: string, sentence: Range, hit: NumberHit, phraseStart: number): string | null {
  if (hit.unit !== null || !COUNT_ENDS.test(text.slice(hit.end, Math.min(sentence.end, hit.end + 3)))) return null;
  const m = SUBJECT_IS.exec(text.slice(Math.max(sentence.start, phraseStart - 120), phraseStart));
  const noun = m?.[1]!.toLowerCase();
  return noun !== undefined && (PEOPLE_NOUNS.has(noun) || HARMED.has(noun)) ? noun : lossesCouldBe(text.slice(Math.max(sentence.start, phraseStart - 80), phraseStart));
}
/**
 * "farm job cuts in Kelmor could be as low as 250": a bare count said to be what job losses or cuts may come to counts
 * them (the word before "losses" or "cuts" must be "job", so "price cuts could be 5" stays bare).
 */
const lossesCouldBe = (before: string): string | null => (before.includes('job') ? (JOB_LOSSES_BE.exec(before)?.[1]!.toLowerCase() ?? null) : null);
const JOB_LOSSES_BE = /\b(job\s+(?:losses|cuts))\s+(?:in\s+[^,.;:!?\d]{1,40}?\s+)?(?:could|would|will|may|might)\s+(?:only\s+)?be\s+(?:\p{Ll}+\s+){0,3}$/u;
/** Who a toll or a count of the harmed is said to be. */
export const HARMED = new Set(['victims', 'dead', 'casualties', 'fatalities', 'injured', 'wounded', 'survivors', 'protesters', 'demonstrators', 'detainees', 'prisoners', 'hostages', 'refugees']);
/**
 * "the" and the plural, maybe an aside set off by commas (no number or sentence sign in it), the verb that says what they
 * number, maybe a quote mark, right before the count's phrase.
 */
const SUBJECT_IS = /\bthe\s+(\p{Ll}+)(?:,[^.;:!?\d,“”"]{1,80},)?\s+(?:were|are|numbered|number|totalled|totaled)\s+[“"‘']?$/iu;
/** The count closes its clause (maybe with its quote mark): "were 24 years old" or "were 24 to 12" is no such count. */
const COUNT_ENDS = /^[”"’']?(?:[.,;]|$)/;
