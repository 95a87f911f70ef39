import type { Span } from '../extract/types';
import { hasLowerWord } from '../extract/ascii-words';
import { earlierCrowd } from '../extract/figures/crowds';
import { MONTHS } from '../extract/lexicon';

/**
 * The part of a country a crowd's count is told of, as part of its group key: the capital's ("in the capital", "in the Varnese
 * capital, the organisers claimed 90,000"), or null. Why: organisers and police count one day of marches twice, in the capital
 * and across the country, and a count of the capital that names no city would join the nation's row as its rival.
 */
export function crowdScope(text: string, span: Span): string | null {
  const before = text.slice(Math.max(0, span.start - REACH), span.start);
  const revised = revisedBefore(before);
  if (revised !== null) return crowdScope(text, { start: span.start - before.length + revised, end: span.start - before.length + revised });
  const day = (before.includes(' on ') || before.includes('On ')) ? DAY_BEFORE.exec(before)?.[1]?.toLowerCase() : undefined;
  const place = placeScope(text, span, before);
  if (earlierMarch(text, span) || earlierFrame(before) || earlierCrowd(SENTENCE_LEAD.exec(before)?.[0] ?? '')) return `${place ?? ''}#earlier`;
  const framedDay = day ?? dayFrame(before);
  return framedDay === undefined ? place : `${place ?? ''}#${framedDay}`;
}
function placeScope(text: string, span: Span, before: string): string | null {
  if (hasLowerWord(before, 'capital') && CAPITAL_BEFORE.test(before)) return 'capital';
  const after = text.slice(span.end, span.end + REACH);
  return hasLowerWord(after, 'capital') && CAPITAL_AFTER.test(after) ? 'capital' : null;
}
const REACH = 240;
/** "in the capital", "in the Varnese capital", then the rest of the sentence up to the count. */
const CAPITAL = String.raw`\b(?:[Ii]n|[Aa]cross|[Tt]hrough|[Aa]round) the (?:[\p{Lu}][\p{L}-]+ )?capital\b`;
const CAPITAL_BEFORE = new RegExp(String.raw`${CAPITAL}[^.;!?]*$`, 'u');
/** The count's own words, then "in the capital", before any other number or sentence break. */
const CAPITAL_AFTER = new RegExp(String.raw`^[^.;!?\d]{0,60}?${CAPITAL}`, 'u');
/** The twelve month names as a date writes them ("May 1", not "Sept 1"): the lexicon's MONTHS less their abbreviations, capitalised. */
const MONTH_NAME = [...MONTHS]
  .filter((m, _, all) => !all.some((o) => o !== m && o.startsWith(m)))
  .map((m) => m[0]!.toUpperCase() + m.slice(1))
  .join('|');
/**
 * The date of a march the count's sentence sets before the count's own clause ("at the last big march, on March 9, when organisers
 * counted 80,000 and police 20,000", "on May 1 -- police said 12,000 marched"): a text that sets one rally's counts beside an
 * earlier one's gives each date its own pair of rival counts, and the counts of two dates are no dispute. A weekday, or a date
 * the count's own clause ends with ("marched on May 1, while the union claimed 45,000"), frames both sides alike.
 */
const DAY_BEFORE = new RegExp(
  String.raw`\b[Oo]n ((?:${MONTH_NAME}) \d{1,2})(?:, when| --| —)[^.;!?]*$`,
);
/**
 * "fewer than the 90,000 counted last month on the first march": a count told of last week's, month's or year's march is that
 * march's, no rival of the counts of the day the story tells.
 */
function earlierMarch(text: string, span: Span): boolean {
  const after = text.slice(span.end, span.end + 40);
  return after.includes('last ') && LAST_AFTER.test(after);
}
const LAST_AFTER = /^[^.;:!?\d]{0,24}?\blast (?:week|month|year)\b/;

/**
 * "At an earlier rally on Friday, police put numbers at 9,000 while …", "The day before, some 40,000 people attended a vigil …": the
 * count's sentence opens on a march before the story's own, or on the day before, so its counts are that march's, no rivals of
 * the day the story tells (not "fewer than at a previous rally, while the unions claimed 90,000": only the sentence's opening frames it).
 */
function earlierFrame(before: string): boolean {
  if (!hasLowerWord(before, 'before') && !hasLowerWord(before, 'earlier') && !hasLowerWord(before, 'previous') && !hasLowerWord(before, 'prior')) return false;
  return EARLIER_DAY_OPENING.test(before) || EARLIER_MARCH_BEFORE.test(before);
}
const EARLIER_DAY_OPENING = /(?:^|[.!?]["”’]?\s+)(?:The|A) (?:day|night|evening) (?:before|earlier),[^.;!?]*$/;
const EARLIER_MARCH_BEFORE =
  /(?:^|[.!?]["”’]?\s+)(?:(?:But|And|Yet) )?(?:At|In|During|For) (?:a|an|the) (?:previous|earlier|prior) [^.;!?\d]{0,40}?\b(?:demos?|march(?:es)?|rall(?:y|ies)|protests?|demonstrations?|strikes?|vigils?)\b[^.;!?]*$/;
/**
 * "for Labour Day, May 1, the ministry said 12,000 marched": a day named with its date before the count's clause is its march's
 * day, as "On May 1, when …" is (DAY_BEFORE), so that day's count is no rival of another march's.
 */
function dayFrame(before: string): string | undefined {
  if (!hasLowerWord(before, 'for ')) return undefined;
  return FOR_DAY_BEFORE.exec(before)?.[1]?.toLowerCase();
}
const FOR_DAY_BEFORE = new RegExp(
  String.raw`\b[Ff]or [^.;!?,\d]{1,40}, ((?:${MONTH_NAME}) \d{1,2}),[^.;!?]*$`,
);
/** The count's sentence up to it, as far as REACH reads back (a crowd of a march years before: figures/crowds.ts earlierCrowd). */
const SENTENCE_LEAD = /[^.;!?]*$/;

/**
 * "… some 40,000 people attended a vigil, the union said. The ministry lowered the figure to 9,000 attendees.": a count that revises
 * "the figure" the sentence before gave, with nothing else before it in its sentence but its source, is a rival of that figure, of its
 * march and day; so its scope is read where that sentence ends. Returns where in `before` the sentence before ends, or null.
 */
function revisedBefore(before: string): number | null {
  if (!hasLowerWord(before, 'the figure') && !hasLowerWord(before, 'the number') && !hasLowerWord(before, 'the count')) return null;
  const m = REVISED_FIGURE.exec(before);
  return m === null ? null : m.index;
}
/** The end of the sentence before, then the reviser's subject (no sign; an aside in commas allowed) and its verb of revising. */
const REVISED_FIGURE =
  /[.!?]["”’]?\s+(?=[\p{Lu}])(?:[^.;:!?\d]{1,140}?)\s(?:lowered|cut|reduced|raised|revised|put)\s+(?:the|that)\s+(?:figure|number|count)\s+(?:down\s+|up\s+)?(?:to|at)\s+(?:(?:some|about|around|just|only|roughly|nearly|almost)\s+)?$/u;
