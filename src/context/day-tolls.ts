import type { Span } from '../extract/types';
import type { Range } from '../extract/sentences';
import { REPORTING_VERBS, WEEKDAYS } from '../extract/lexicon';
import { rangeAt } from '../extract/ranges';

/**
 * "The Tarsen Monitor said 14 marchers were killed in Ostra during Monday's sit-in… Then, on Tuesday, troops shot dead 22 people in
 * Ostra": counts whose sentences each name a weekday as the day of their dead, two different days, are two days' tolls, no rival
 * counts of one toll. A weekday a verb of saying holds ("the police said on Monday", "On Monday, the police said") dates the
 * report, not the dead, and names no day of the count.
 */
export function otherDays(text: string, sents: readonly Range[], a: Span | null, b: Span | null): boolean {
  if (a === null || b === null) return false;
  const dayA = dayOfCount(text, sents, a);
  if (dayA === null) return false;
  const dayB = dayOfCount(text, sents, b);
  return dayB !== null && dayB !== dayA;
}

/** The weekday nearest the count that its sentence names as a day of the count's dead ("on Thursday", "for Friday"), lower case, or null. */
function dayOfCount(text: string, sents: readonly Range[], span: Span): string | null {
  const around = rangeAt(sents, span.start);
  if (!around) return null;
  const start = Math.max(around.start, span.start - SENTENCE_REACH);
  const sentence = text.slice(start, Math.min(around.end, span.end + SENTENCE_REACH));
  if (!WEEKDAY_WORDS.some((day) => sentence.includes(day))) return null;
  let best: { day: string; distance: number } | null = null;
  for (const m of sentence.matchAll(ON_WEEKDAY)) {
    const at = start + m.index;
    const before = text.slice(Math.max(start, at - SAYING_REACH), at);
    if (REPORTING_VERBS.has(lastWordOf(before))) continue;
    // "On Monday, the police said 20 died": a saying verb between the day and the count makes the day the report's.
    if (at < span.start && saysBetween(text.slice(at + m[0].length, span.start))) continue;
    const distance = at < span.start ? span.start - at : at - span.end;
    if (best === null || distance < best.distance) best = { day: m[1]!.toLowerCase(), distance };
  }
  return best?.day ?? null;
}
const WEEKDAY_WORDS = [...WEEKDAYS].map((day) => day.charAt(0).toUpperCase() + day.slice(1));
const ON_WEEKDAY = new RegExp(String.raw`\b(?:on|for|On|For) (${WEEKDAY_WORDS.join('|')})\b`, 'g');
const SAYING_REACH = 30;
/** The word right before the day ("said" of "the police said on Monday"), lower case. */
const lastWordOf = (before: string): string => /([\p{L}]+) $/u.exec(before)?.[1]?.toLowerCase() ?? '';
const saysBetween = (words: string): boolean => !/\d/.test(words) && words.split(/[^\p{L}]+/u).some((word) => REPORTING_VERBS.has(word.toLowerCase()));
/** How far from a count its sentence is read, each way (a run-on "sentence" of a broken page may be very long). */
const SENTENCE_REACH = 400;
