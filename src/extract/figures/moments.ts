/**
 * Numbers that say when or where, no amount: a time of day written as a clock reads it ("at 2200 hours", "around 7.30 this
 * morning"), a period of a report ("the previous four quarters"), an address ("moved into 24 Kelmor"), an age a rule
 * sets ("the pension age to 67"), a span in which events happened ("occurred over four days"). Separate from no-counts.ts
 * because each reads a number's place in its clause, before its noun is known or with it.
 */
import { spacesFrom } from '../chars';
import { isRange, type NumberHit } from './numbers';
import type { Range } from '../sentences';
import { TIME_UNITS } from './wordings';
import { firstWord } from './units';

/**
 * "at 2200 hours", "by 0630 hours": four digits that read as a clock (hours under 24, minutes under 60) before "hours", after
 * a preposition of time. "spent 2200 hours on the work" is an amount: the preposition tells them apart.
 */
export function clockHours(text: string, hit: NumberHit): boolean {
  if (hit.words || hit.unit !== null || hit.end - hit.start !== 4 || isRange(hit)) return false;
  if (Math.floor(hit.value / 100) > 23 || hit.value % 100 > 59) return false;
  return HOURS_AFTER.test(text.slice(hit.end, hit.end + 8)) && AT_TIME_BEFORE.test(text.slice(Math.max(0, hit.start - 16), hit.start));
}
const HOURS_AFTER = /^\s+(?:hours|hrs)\b/i;
const AT_TIME_BEFORE = /\b(?:at|by|until|till|from|since|before|after|around|about)\s+$/i;

/**
 * "near 6.15 this evening", "at 10.20 p.m.": hours and minutes written with a point, before a word of the time of day.
 */
export function dottedClock(text: string, hit: NumberHit): boolean {
  if (hit.words || hit.unit !== null || isRange(hit)) return false;
  const written = DOTTED.exec(text.slice(hit.start, hit.end));
  return written !== null && Number(written[1]) <= 24 && Number(written[2]) < 60 && DAYTIME_AFTER.test(text.slice(hit.end, hit.end + 24));
}
const DOTTED = /^(\d{1,2})[.:](\d{2})$/;
const DAYTIME_AFTER = /^\s*(?:a\.?m\b\.?|p\.?m\b\.?|(?:this|that|on\s+\p{L}+|in\s+the|on\s+the|yesterday|tomorrow)\s+(?:morning|afternoon|evening|night)\b|tonight\b|hours\b|hrs\b|local\s+time\b|GMT\b|UTC\b)/iu;

/**
 * "than over the previous two quarters", "in the initial six months of the season": the period a report covers, no amount.
 * (wordings.ts reads "the last/past/first" before the time units; these add quarters and the "initial" or "opening" ones.)
 */
export function periodOfReport(text: string, sentence: Range, phraseStart: number, unit: string | null): boolean {
  if (unit === null) return false;
  const noun = firstWord(unit);
  if (!TIME_UNITS.has(noun) && noun !== 'quarters' && noun !== 'quarter') return false;
  return PERIOD_BEFORE.test(text.slice(Math.max(sentence.start, phraseStart - 40), phraseStart));
}
const PERIOD_BEFORE = /\b(?:over|in|during|for|within|throughout|of|than)\s+the\s+(?:last|past|previous|preceding|first|initial|opening|latest)\s+$/i;

/**
 * "as they move into 24 Kelmor", "the family's home at 12 Varn": a number before a lone capitalised word after a preposition
 * of place is an address, no count. `unit` is the figure's noun, which is then that one word.
 */
export function addressOf(text: string, sentence: Range, phraseStart: number, hit: NumberHit, unit: string | null): boolean {
  if (unit === null || hit.words || phraseStart !== hit.start || isRange(hit) || !PROPER_WORD.test(unit)) return false;
  // The word follows the number ("Rs 113 crore" names its currency before it).
  if (!text.startsWith(unit, spacesFrom(text, hit.end, hit.end + 2)) || spacesFrom(text, hit.end, hit.end + 2) === hit.end) return false;
  return PLACE_BEFORE.test(text.slice(Math.max(sentence.start, phraseStart - 12), phraseStart));
}
const PROPER_WORD = /^\p{Lu}\p{Ll}+$/u;
const PLACE_BEFORE = /\b(?:into|at|to|from|outside|near)\s+$/i;

/**
 * "raise the pension age to 67", "cut the old age benefit back to 65": a bare number after "to" when "age" is among the
 * few words before it is the age a rule sets, no count.
 */
export function ageOfRule(text: string, sentence: Range, phraseStart: number, hit: NumberHit, unit: string | null): boolean {
  if (unit !== null || hit.unit !== null || phraseStart !== hit.start || isRange(hit) || hit.value < 16 || hit.value > 100) return false;
  return AGE_TO.test(text.slice(Math.max(sentence.start, phraseStart - 60), phraseStart));
}
/** "age", at most four words (the rest of the noun, a verb), then "to" or "back to". */
const AGE_TO = /\bage\b(?:\s+[\p{L}-]+){0,4}\s+(?:back\s+)?to\s+$/iu;

/**
 * "The shootings happened over three nights", "the raids took place over two weeks": "over" a span of time after a verb of
 * happening says across what time the events ran, no amount of time anyone reports. So does it after a verb of dying ("at
 * least 30 patients have died over six days": the deaths are the count, the days when they came).
 */
export function spanOfHappening(text: string, sentence: Range, phraseStart: number, phrase: string | undefined, unit: string | null): boolean {
  if (phrase !== 'over' || unit === null || !TIME_UNITS.has(firstWord(unit))) return false;
  return HAPPENED_OVER.test(text.slice(Math.max(sentence.start, phraseStart - 32), phraseStart + 5));
}
const HAPPENED_OVER = /\b(?:occurred|occur|occurs|happened|happen|took\s+place|take\s+place|unfolded|were\s+carried\s+out|was\s+carried\s+out|died|perished|were\s+killed)\s+over\s$/i;

/**
 * "and then to 9,000 some 40 minutes later", "90 seconds earlier": minutes, seconds or hours before "later", "earlier" or
 * "ago" place a moment, whatever their count (wordings.ts reads any time unit so up to 24, past which days may be a span
 * someone tallies). "grew in just 20 minutes to 9,000": so few of them after "in just" say how fast, no amount ("shrank in
 * just three years" may be a claim to check).
 */
export function clockSpan(text: string, sentence: Range, phraseStart: number, hit: NumberHit, unit: string | null): boolean {
  if (unit === null || !CLOCK_UNITS.has(firstWord(unit))) return false;
  return LATER_AFTER.test(text.slice(hit.end, Math.min(sentence.end, hit.end + 24))) || IN_JUST.test(text.slice(Math.max(sentence.start, phraseStart - 16), phraseStart));
}
const CLOCK_UNITS = new Set(['second', 'seconds', 'minute', 'minutes', 'hour', 'hours']);
const LATER_AFTER = /^\s+\p{L}+\s+(?:later|earlier|ago)\b/iu;
const IN_JUST = /\bin\s+(?:just|only|barely|a\s+mere)\s+$/i;
