/**
 * Wordings that change what a number in a sentence says: a span of time that only says when, a share
 * written "six in 10", the same amount restated in another unit, "about" as a preposition, and a
 * compound that names a kind of thing ("a 10-point plan").
 */
import { COMMA, HYPHEN, isSpaceAt, spacesBefore, spacesFrom } from '../chars';
import { CURRENCY_WORDS } from '../lexicon';
import { compoundUnitAt, pluralUnit } from './number-words';
import { isPlural, LENGTHS, PERCENT_WORDS, UNIT_STOP } from './units';
import { isRange, type NumberHit } from './numbers';
import { lastWord, lowerWordAfterSpaces, wordBefore } from '../scan';
import type { Range } from '../sentences';
import type { Figure } from '../types';

/** Units that measure time, not things counted. */
export const TIME_UNITS = new Set('second seconds minute minutes hour hours day days week weeks month months year years decade decades century centuries'.split(' '));

/** "three months ago", "two weeks away", "24 hours earlier", "six days more to go": a time unit, then a word placing a moment. */
const TIME_AFTER = /^\s+(?:more\s+)?\p{L}+\s+(?:(?:more\s+)?to\s+go|ago|earlier|later|away|prior|hence)\b/iu;
/** "10 days after the storm": a bare count of time units before "after" or "before" places a moment too. */
const TIME_AFTER_EVENT = /^\s+\p{L}+\s+(?:after|before)\b/iu;
/**
 * "over the last two years", "in the past 24 hours", "for 11 of the last 15 years", "in the preceding three years": the stretch of time up to now that a statement
 * covers; "in the first three months of the year", "in Ana Pell's first 100 days", a reporting period; "for the other 11 months",
 * the rest of a period one month of which was told; "these past two years", with no preposition, the same stretch up to now. A stretch ahead ("for the next six weeks") is how long a plan runs, which may be checked.
 */
const TIME_BEFORE = /\b(?:over|in|during|for|within|throughout|of)\s+(?:the|its|his|her|their|\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*){0,2}['’]s)\s+(?:last|past|previous|preceding|first|other|remaining)\s+$|\b(?:these|those)\s+(?:last|past|previous)\s+$/iu;

/**
 * A number of time units that says when ("three months ago", "over the last two years"), not how
 * long or how much. Past a day's hours, a count before "ago" tallies the time gone by, which a reader
 * may check ("nearly 100 days ago").
 */
export function isTimeReference(text: string, sentence: Range, phraseStart: number, hit: NumberHit): boolean {
  const after = text.slice(hit.end, Math.min(sentence.end, hit.end + 32));
  if (hit.value <= MAX_MOMENT && TIME_AFTER.test(after)) return true;
  // Set off by a comma after a date ("On Friday, 10 days after the storm, …"). Opening a sentence ("Three days after the dam
  // burst") it may be an amount of time, which a reader may check.
  if (hit.value <= MAX_MOMENT && phraseStart === hit.start && TIME_AFTER_EVENT.test(after) && afterComma(text, sentence, phraseStart)) return true;
  // Inside a clause, "reached the bridge more than 9 hours after the landslide", "fell into dispute nearly three weeks after the
  // floods receded": the time since the event, which dates what is told, bound or not; after a word of how long ("delayed by another six
  // months after", "strike for three days after", "served five years before") it stays an amount of time.
  if (hit.value <= MAX_MOMENT && TIME_AFTER_EVENT.test(after) && IN_CLAUSE.test(text.slice(Math.max(sentence.start, phraseStart - 24), phraseStart)) && !LENGTH_BEFORE.test(text.slice(Math.max(sentence.start, phraseStart - 24), phraseStart))) return true;
  // "Thirty years ago", "two decades ago": years are told to say when, whatever their count.
  if (YEARS_AGO.test(after) || YEARS_OF_WAR.test(after)) return true;
  // "40 minutes into the voyage", "two weeks into the strike": how far into something a moment fell, whatever the count.
  if (INTO_AFTER.test(after)) return true;
  // "the cabinet set five days of mourning": a period of mourning set, no amount reported.
  if (MOURNING_AFTER.test(after)) return true;
  // "a court barred the mayor from travelling abroad for 30 months": how long a ban on doing something lasts, no amount reported.
  if (text.startsWith('for ', phraseStart - 4) && BARRED_FROM.test(text.slice(Math.max(sentence.start, phraseStart - 120), phraseStart))) return true;
  // "for three months at a time": how long something lasts each time it happens, no amount reported.
  if (AT_A_TIME.test(after)) return true;
  const before = text.slice(Math.max(sentence.start, phraseStart - 40), phraseStart);
  if (TIME_BEFORE.test(before) || SPAN_BEFORE.test(before)) return true;
  // "For 40 years, more than 100,000 died": a stretch opening its clause, set off by a comma, says over what time.
  // "a feud fought for over 12 years": how long a war or feud has gone on, as "12 years of war" says.
  if (!FOR_BEFORE.test(before)) return false;
  return (YEARS_SET_OFF.test(after) && FOR_OPENING.test(before)) || (YEARS_SET_OFF_OR_NOT.test(after) && WAR_FOR.test(text.slice(Math.max(sentence.start, phraseStart - 80), phraseStart)));
}
/** A word that makes the time after it a length: a preposition of how long, a word of more time, or a verb of waiting or serving. */
const LENGTH_BEFORE =
  /\b(?:for|by|to|another|further|extra|additional|more|some|lasted|lasting|spent|spend|took|take|takes|waited|wait|served|serve|remained|stayed|delayed|postponed|deferred|extended|back|off)\s+$/i;
/** A word (maybe its comma) right before: the phrase does not open its sentence. */
const IN_CLAUSE = /\p{L},?\s+$/u;
const AT_A_TIME = /^\s+\p{L}+\s+at\s+a\s+time\b/iu;
const FOR_BEFORE = /for\)?\s+$/i;
const YEARS_SET_OFF = /^\s+(?:years|decades),/i;
const YEARS_SET_OFF_OR_NOT = /^\s+(?:years|decades)\b/i;
/** "For", maybe in brackets, opening the sentence or a clause after a semicolon, colon or dash. */
const FOR_OPENING = /(?:^|[;:—–]\s*)[“"‘']?\(?for\)?\s+$/i;
const WAR_FOR = /\b(?:war|warfare|conflict|fighting|insurgency|feud|violence)\b[^.;:!?\d]{0,50}\bfor\s+$/i;
const MAX_MOMENT = 24;

/**
 * "having completed three years in this position", "has 28 days to file a case": a tenure in a post, or the time someone
 * is given to act, tells how things stand, no amount reported of anything.
 */
export function isTenureOrDeadline(text: string, sentence: Range, phraseStart: number, hit: NumberHit): boolean {
  const after = text.slice(hit.end, Math.min(sentence.end, hit.end + 40));
  if (TENURE_AFTER.test(after)) return true;
  // "20 hours a week", "24 hours a day": time per period, how a service or shift runs, no amount reported of anything.
  if (TIME_PER_PERIOD.test(after)) return true;
  // "ruled the country for nearly four decades", "in power for 20 years": a reign's length, as a tenure in a post.
  if (text.startsWith('for ', phraseStart - 4) && REIGN_BEFORE.test(text.slice(Math.max(sentence.start, phraseStart - 60), phraseStart))) return true;
  // "protests that have completed 14 days": how long something has gone on, as a tenure's length.
  if (text.startsWith('completed ', phraseStart - 10) && COMPLETED_BEFORE.test(text.slice(Math.max(sentence.start, phraseStart - 32), phraseStart))) return true;
  return DEADLINE_AFTER.test(after) && GIVEN_BEFORE.test(text.slice(Math.max(sentence.start, phraseStart - 16), phraseStart));
}
/**
 * "may serve no more than two terms", "served three consecutive terms": a count of terms in office is a tenure's length, as
 * "a four-year term" is, no amount reported of anything; a term served in jail ("two prison terms", "two terms of
 * imprisonment") is a sentence, and stays.
 */
export function termsInOffice(text: string, hit: NumberHit, unit: string): boolean {
  return OFFICE_TERMS.test(unit) && !TERMS_OF.test(text.slice(hit.end, hit.end + 60));
}
const OFFICE_TERMS = /^(?:(?:consecutive|successive|straight|full|more|further)\s+)?terms?$/i;
/** The term's noun, then "of" (what the term is of) or "in prison/jail/custody". */
const TERMS_OF = /^\s+(?:[\p{L}-]+\s+)?terms?\s+(?:of\b|in\s+(?:prison|jail|custody)\b|behind\s+bars\b)/iu;
/** "has", "have" or "had" (maybe "now" or "already"), then "completed". */
const COMPLETED_BEFORE = /\b(?:has|have|had)\s+(?:now\s+|already\s+|just\s+)?completed\s+$/i;

/**
 * "at around 1700 GMT", "by 0930 UTC", "around 12 noon": a time of day before its zone, or noon or midnight, which says when,
 * no amount. Why: the zone reads as the count's unit otherwise.
 */
export function isClockTime(text: string, hit: NumberHit): boolean {
  if (hit.words || hit.unit !== null || !Number.isInteger(hit.value)) return false;
  const after = text.slice(hit.end, hit.end + 12);
  return (hit.value < 2400 && hit.value % 100 < 60 && CLOCK_ZONE.test(after)) || (hit.value === 12 && NOON.test(after));
}
const CLOCK_ZONE = /^\s*(?:GMT|UTC|hrs\b|local time\b)/;
const NOON = /^\s*(?:noon|midnight)\b/i;
// "another five-year term": the length of a term in office.
const TENURE_AFTER = /^(?:\s+(?:years?|months?)\s+in\s+(?:(?:this|that|the|his|her|their|its|my|our)\s+)?(?:position|post|office|role|job|seat)\b|-year\s+terms?\b)/i;
const TIME_PER_PERIOD = /^\s+(?:hours?|days?|weeks?|months?)\s+(?:a|an|per|each|every)\s+(?:day|week|month|year)\b/i;
/** A verb of ruling or "in power/office", at most three words (its object), then "for". */
const REIGN_BEFORE = /\b(?:ruled|reigned|governed|(?:held|holding|holds)\s+power|in power|in office|at the helm)(?:\s+[\p{L}'’-]+){0,3}\s+for\s+$/iu;
const DEADLINE_AFTER = /^\s+(?:hours?|days?|weeks?|months?)\s+to\s+\p{Ll}/u;
/** "has", "have", "were given": who holds the time to act, maybe "only" or "just" after. */
const GIVEN_BEFORE = /\b(?:has|have|had|given|gets|get|got)\s+(?:only\s+|just\s+)?$/i;
/**
 * "three consecutive quarters of growth", "five straight days": a streak of periods, how long something has gone on,
 * no amount of anything.
 */
export function isStreak(unit: string): boolean {
  const m = STREAK.exec(unit);
  return m !== null && (TIME_UNITS.has(m[1]!.toLowerCase()) || m[1] === 'quarters');
}
const STREAK = /^(?:consecutive|straight|successive)\s+(\p{L}+)$/u;

/**
 * "up from 61 percent in the last two national polls", "the previous three elections": which events of a series a clause
 * speaks of, no count of them.
 */
export function ofASeries(text: string, sentence: Range, phraseStart: number, unit: string): boolean {
  return SERIES_EVENTS.has(lastWord(unit).toLowerCase()) && SERIES_BEFORE.test(text.slice(Math.max(sentence.start, phraseStart - 16), phraseStart));
}
const SERIES_EVENTS = new Set('elections polls votes ballots referendums games matches seasons tournaments editions races summits censuses'.split(' '));
const SERIES_BEFORE = /\bthe\s+(?:last|past|previous|first)\s+$/i;

/**
 * "In 12 years, I have built more", "after 38 years in charge", "lasting nearly two hours", "lasted four months", "during three days": a stretch of time a clause
 * happens in or after, the frame of what it tells, no amount told of anything (a sentence "of 10 years", or "for 10
 * years", is one). "In the next two years", "over the coming five years": the time ahead within which a plan or forecast is
 * to come true, its frame as well ("for the next six weeks", how long a plan runs, stays); so is "during next three days",
 * where a forecast drops the article. "The drive will continue for three days", "talks lasted for two weeks": how long
 * something goes on, as "lasted four months" is.
 */
const SPAN_BEFORE = /\b(?:in|after|within|lasting|lasted|during)\s+$|\b(?:in|within|during|over)\s+(?:the\s+)?(?:next|coming)\s+$|\b(?:continues?|continued|continuing|lasts?|lasted|lasting)\s+for\s+$/i;

/** Only spaces stand between `at` and a comma of its sentence before it. */
function afterComma(text: string, sentence: Range, at: number): boolean {
  const i = spacesBefore(text, at);
  // "on Friday (May 12) two days before the vote": a bracketed date closes off the clause as a comma does.
  return i > sentence.start && (text.charCodeAt(i - 1) === COMMA || text.charCodeAt(i - 1) === 41); // , )
}
/** The time unit, then "into" and a determiner: "50 minutes into the flight". */
const INTO_AFTER = /^\s+\p{L}+\s+into\s+(?:the|a|an|its|their|his|her|this|that)\s/iu;
/** The time unit, then "of" and mourning, maybe after one word ("of national mourning"). */
const MOURNING_AFTER = /^\s+(?:days?|weeks?|months?)\s+of\s+(?:[\p{L}-]+\s+)?mourning\b/iu;
/** A verb of barring, at most 80 characters (no number or clause sign), "from" a verb in "-ing", its object, then "for". */
const BARRED_FROM = /\b(?:barred|banned|barring|banning|bars|bans|prohibited|prevented|forbidden|forbade)\b[^.;:!?\d]{0,80}?\bfrom\s+\p{L}+ing\b[^.;:!?\d]{0,40}\bfor\s+$/iu;
const YEARS_AGO = /^\s+(?:years?|decades?|centur(?:y|ies))\s+ago\b/i;
/**
 * "more than 14 years of war", "two decades of conflict": how long a war has gone on frames the story, no amount told.
 * "as Varn celebrates 60 years of independence": how old a state is, an anniversary, frames it too.
 */
const YEARS_OF_WAR = /^\s+(?:years?|decades?)\s+of\s+(?:(?:civil|bloody|brutal)\s+)?(?:war|warfare|conflict|fighting|insurgency|occupation|independence|statehood|nationhood|sovereignty)\b/i;

/**
 * "six in 10", "one in every five": a share of a whole, read in percent (60), its phrase keeping the
 * words. The whole is at most ten or a power of ten, and counts no time ("3 in 12 raids", "5 in 10 days").
 */
export function ratioOf(text: string, part: NumberHit, whole: NumberHit | undefined): NumberHit | null {
  if (!whole || part.unit !== null || whole.unit !== null || isRange(part) || isRange(whole) || whole.yearLike || part.yearLike) return null;
  if (!(whole.value > part.value) || !isRatioWhole(whole.value) || whole.start - part.end > 10 || !RATIO_GAP.test(text.slice(part.end, whole.start))) return null;
  if (TIME_UNITS.has(lowerWordAfterSpaces(text, whole.end, Math.min(text.length, whole.end + 16)))) return null;
  const value = Number(((100 * part.value) / whole.value).toPrecision(4));
  return { value, start: part.start, end: whole.end, unit: '%', words: part.words, yearLike: false };
}
const RATIO_GAP = /^\s+in\s+(?:every\s+)?$/i;
const isRatioWhole = (n: number): boolean => (n >= 2 && n <= 10 && Number.isInteger(n)) || n === 100 || n === 1000;

/**
 * The figure restates the one before it in another unit: only the first's unit and ", or" or "("
 * stand between them ("more than 2 degrees Celsius, or 3.6 degrees Fahrenheit").
 */
export function isConversion(text: string, previous: Figure, phraseStart: number, unit: string | null): boolean {
  if (previous.comparator === '=' || unit === null || previous.unit === null || unit === previous.unit) return false;
  if (phraseStart - previous.span.end > previous.unit.length + 8) return false;
  const gap = text.slice(previous.span.end, phraseStart);
  return gap.trimStart().startsWith(previous.unit) && CONVERSION_GAP.test(gap.slice(gap.indexOf(previous.unit) + previous.unit.length));
}
const CONVERSION_GAP = /^(?:,?\s+or|\s*\()\s*$/;
/**
 * "a loss above €37 million (£29 million)": an amount of money in brackets right after another, both written with their
 * currency before the number, is the same amount converted, with the first one's bound. `hitUnit` is the bracketed number's
 * notation (its currency). Not "a shortfall of €4 million (40 posts)": a bracketed count has no currency.
 */
export function bracketedMoney(text: string, previous: Figure, phraseStart: number, hitUnit: string | null): boolean {
  if (previous.comparator === '=' || hitUnit === null || hitUnit === '%' || previous.unit === null || previous.unit === hitUnit) return false;
  if (phraseStart - previous.span.end > 3 || !/^\s*\($/.test(text.slice(previous.span.end, phraseStart))) return false;
  return text.slice(previous.span.start, previous.span.end).includes(previous.unit);
}

/**
 * Words before "about" that make it a preposition ("information about", "talked about"), not
 * "approximately"; a passive participle does too ("was received about two other suspects"). Verbs
 * that also take a count as object are left out: "asked about 1,000 voters" is roughly 1,000.
 */
const ABOUT_TAKERS = new Set(
  'information news details questions concerns fears worries talk talks talked talking spoke speak speaks speaking spoken think thinks thought worried complain complains complained argue argued wondered inquired enquired'.split(' '),
);
const PASSIVE_BEFORE = /\b(?:was|were|been|being|is|are)\s+\p{L}+ed\s+$/iu;

/** "about" at `at` is a preposition: see ABOUT_TAKERS. */
export function aboutIsPreposition(text: string, lo: number, at: number): boolean {
  return ABOUT_TAKERS.has(wordBefore(text, lo, at)) || PASSIVE_BEFORE.test(text.slice(lo, at));
}

/**
 * "over" at `at` after a passive verb ("was conducted over seven years", "were collected over two
 * months"): the stretch of time the work took, not "more than".
 */
export const overIsDuring = (text: string, lo: number, at: number): boolean => PASSIVE_BEFORE.test(text.slice(lo, at));
/**
 * "a 9% wage increase over three years", "studied 380,000 people in nine countries over 12 years":
 * "over" right after a figure with a unit and at most three words of its noun spreads that amount or
 * count across the time, no "more than".
 */
export function overSpreads(text: string, previous: Figure | undefined, at: number): boolean {
  if (previous?.unit == null || at - previous.span.end > 40) return false;
  return AMOUNT_NOUN_GAP.test(text.slice(previous.span.end, at));
}
const AMOUNT_NOUN_GAP = /^(?:\s+[\p{L}-]+){0,3}\s+$/u;

/** Nouns that a compound before them names a kind of ("a 10-point plan", "a three-point shot"): no amount to check. */
const KIND_NOUNS = new Set(['plan', 'plans', 'agenda', 'programme', 'program', 'shot', 'shots', 'play', 'turn', 'scale', 'system', 'list']);
export function namesAKind(text: string, hit: NumberHit): boolean {
  const compound = hit.unit === null && text.charCodeAt(hit.end) === HYPHEN ? compoundUnitAt(text, hit.end) : null;
  return compound !== null && KIND_NOUNS.has(lowerWordAfterSpaces(text, compound.end, Math.min(text.length, compound.end + 16)));
}

/**
 * "an eight term veteran", "a two year contract", "a 10 year high": the compound adjective of "an eight-term veteran"
 * written without its hyphen, which counts nothing, as the hyphenated one does not. The same words that close a
 * compound with a hyphen ("a 500 bed hospital", "a 5,000 job cut") and an amount of a currency ("a 7 billion dollar
 * deal") are read as they were, and so is a count of a plural ("a dozen security personnel").
 */
export function spacedCompound(text: string, sentence: Range, hit: NumberHit): boolean {
  if (hit.unit !== null || isRange(hit) || !Number.isInteger(hit.value) || !afterArticle(text, sentence, hit)) return false;
  const hi = Math.min(sentence.end, hit.end + 48);
  // "a three percent unit increase": a percentage in words, as unitOf reads it.
  if (PERCENT_WORDS.test(text.slice(hit.end, hi))) return false;
  const first = lowerWordAfterSpaces(text, hit.end, hi);
  // "a million people marched": a plural with no "s" is counted too.
  if (!SINGULAR_WORD.test(first) || isPlural(first) || UNIT_STOP.has(first) || CURRENCY_WORDS.has(pluralUnit(first))) return false;
  const firstEnd = spacesFrom(text, hit.end, hi) + first.length;
  const second = lowerWordAfterSpaces(text, firstEnd, hi);
  // "about a dozen wounded when", "over a hundred hurt early on Monday": a scale word takes the article itself, and a
  // participle after it is no noun, whatever word comes next.
  if (first.endsWith('ed') && SCALE_END.test(text.slice(hit.start, hit.end))) return false;
  // "began a nine term as mayor": a singular noun closing its phrase after "a/an" and a cardinal is an ordinal written
  // as a cardinal ("a ninth term"), no count, as a count of one noun would be plural.
  if (second === '' || UNIT_STOP.has(second)) return !LENGTHS.has(first) && !TIME_UNITS.has(first) && !first.endsWith('ed');
  // "A dozen security personnel": a plural head makes the word before it a noun's modifier, and the number a count.
  return !isPlural(second) && !pluralThird(text, firstEnd, second, hi) && compoundUnitAt(`-${text.slice(firstEnd - first.length, hi)}`, 0) === null;
}
/**
 * "more than a hundred farm union branches": two singular words before a plural qualify it, and the number counts the
 * plural ("a two year contract" has no plural after its noun).
 */
function pluralThird(text: string, firstEnd: number, second: string, hi: number): boolean {
  const third = lowerWordAfterSpaces(text, spacesFrom(text, firstEnd, hi) + second.length, hi);
  return third.length > 3 && isPlural(third) && !third.endsWith('ss') && !UNIT_STOP.has(third);
}
const SCALE_END = /(?:dozen|score|hundred|thousand|million|billion|trillion)$/i;
/** A word in lower-case letters only, not ending in "s" (a plural is counted: "a 10 years' sentence" is no compound). */
const SINGULAR_WORD = /^\p{Ll}+(?<!s)$/u;

/** "a 10 year deal", "an eight term veteran": the number opens after "a" or "an" (in words, its run holds the article). */
export function afterArticle(text: string, sentence: Range, hit: NumberHit): boolean {
  // Both expressions need an "a" or "A" there, and a space before digits: most numbers are told apart without them.
  if (hit.words) return (text.charCodeAt(hit.start) | 32) === 97 && ARTICLE_OPENING.test(text.slice(hit.start, hit.start + 3)); // a A
  return isSpaceAt(text, hit.start - 1) && ARTICLE_BEFORE.test(text.slice(Math.max(sentence.start, hit.start - 4), hit.start));
}
const ARTICLE_OPENING = /^an?\s/i;
const ARTICLE_BEFORE = /(?:^|[^\p{L}])an?\s+$/iu;

/** "4,120 died - 1650 more than the agency's count": a number before "more than" or "fewer than" is a difference, no year. */
export const isDifference = (text: string, hit: NumberHit): boolean => text.startsWith(' more than ', hit.end) || text.startsWith(' fewer than ', hit.end) || text.startsWith(' less than ', hit.end);
