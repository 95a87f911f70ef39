import type { Span } from '../extract/types';
import type { Range } from '../extract/sentences';
import { REPORTING_VERBS, WEEKDAYS } from '../extract/lexicon';
import { rangeAt } from '../extract/ranges';
import { SPELLED_NUMBERS, WORD_VALUE } from '../extract/figures/number-words';

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

/**
 * The days of the count's dead its sentence names: the weekday nearest the count ("on Thursday", "for Friday"), with the weekdays
 * joined to it ("on Monday and Tuesday": both), lower case; else the run of days it is counted over ("over four days", "in the past
 * three days", "over a four-day period"); or null.
 */
function dayOfCount(text: string, sents: readonly Range[], span: Span): string | null {
  const around = rangeAt(sents, span.start);
  if (!around) return null;
  const start = Math.max(around.start, span.start - SENTENCE_REACH);
  const sentence = text.slice(start, Math.min(around.end, span.end + SENTENCE_REACH));
  if (!WEEKDAY_WORDS.some((day) => sentence.includes(day))) return daysOfCount(sentence);
  let best: { day: string; distance: number } | null = null;
  for (const m of sentence.matchAll(ON_WEEKDAY)) {
    const at = start + m.index;
    const before = text.slice(Math.max(start, at - SAYING_REACH), at);
    if (REPORTING_VERBS.has(lastWordOf(before))) continue;
    // "On Monday, the police said 20 died": a saying verb between the day and the count makes the day the report's.
    if (at < span.start && saysBetween(text.slice(at + m[0].length, span.start))) continue;
    const distance = at < span.start ? span.start - at : at - span.end;
    if (best === null || distance < best.distance) best = { day: m[1]!.toLowerCase() + joinedDays(sentence.slice(m.index + m[0].length)), distance };
  }
  return best?.day ?? daysOfCount(sentence);
}
/**
 * "23 died on Monday" and "30 died on Monday and Tuesday": the weekdays joined to a count's day are its days too, so a count of two
 * days is no rival of a count of the first of them.
 */
const joinedDays = (after: string): string => {
  const m = JOINED_WEEKDAY.exec(after);
  return m ? `+${m[1]!.toLowerCase()}` : '';
};
/**
 * "At least 40 died over four days" beside "12 died on Tuesday": a count over a run of days is no rival of one day's count, nor of a
 * count over another run. Days without the number of days ("in recent days") tell no run.
 */
const daysOfCount = (sentence: string): string | null => {
  if (!sentence.includes('day')) return null;
  const m = DAYS_RUN.exec(sentence);
  if (!m) return null;
  const word = m[1]!.toLowerCase();
  // "over thirty days" and "over 30 days" are one run: a number word keys by its value, as digits do.
  return `days:${WORD_VALUE.get(word) ?? word}`;
};
const WEEKDAY_WORDS = [...WEEKDAYS].map((day) => day.charAt(0).toUpperCase() + day.slice(1));
const ON_WEEKDAY = new RegExp(String.raw`\b(?:on|for|On|For) (${WEEKDAY_WORDS.join('|')})\b`, 'g');
const SAYING_REACH = 30;
const JOINED_WEEKDAY = new RegExp(String.raw`^,? (?:and|or) (${WEEKDAY_WORDS.join('|')})\b`);
const DAYS_RUN = new RegExp(String.raw`\b(?:over|in|during|within) (?:the (?:last|past|first) |a |an )?(\d+|${SPELLED_NUMBERS.join('|')})(?: days\b|-day (?:period|span|spell)\b)`, 'i');
/** The word right before the day ("said" of "the police said on Monday"), lower case. */
const lastWordOf = (before: string): string => /([\p{L}]+) $/u.exec(before)?.[1]?.toLowerCase() ?? '';
const saysBetween = (words: string): boolean => !/\d/.test(words) && words.split(/[^\p{L}]+/u).some((word) => REPORTING_VERBS.has(word.toLowerCase()));
/** How far from a count its sentence is read, each way (a run-on "sentence" of a broken page may be very long). */
const SENTENCE_REACH = 400;
