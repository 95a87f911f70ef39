/** Numbers that are no figures: dates, references ("page 4"), ages, and numbers inside names, products and models; separate because each only says whether a number counts at all. */
import { FUNCTION_WORDS, OUTLET_CUES, WEEKDAYS, YEAR_NAMED_EVENTS } from '../lexicon';
import { charBefore, classAt, HYPHEN, isSpaceAt, LETTER, spacesBefore, UPPER } from '../chars';
import { isMonth, wordKey } from './month-words';
import { isRange, type NumberHit } from './numbers';
import { rangeAt } from '../ranges';
import { dottedWordBefore, endsWithNameAndComma, lastWord, lettersAfter, lowerWordAfterSpaces, wordBefore } from '../scan';
import type { Range } from '../sentences';
import { isMoney, LENGTHS, UNIT_STOP } from './units';
import { comparatorBeforeIn } from './comparators';

/**
 * "men over 55, women over 60", "children under five": a bound right after a noun for people is
 * their age, no amount (a count follows its bound: "over 55 men").
 */
const AGE_BOUNDS = new Set(['over', 'under', 'above', 'below']);
const AGE_HOLDERS = new Set(['men', 'women', 'people', 'persons', 'adults', 'children', 'kids', 'patients', 'those', 'anyone', 'everyone', 'smokers', 'drivers', 'workers', 'voters', 'residents']);
export function isAgeBound(text: string, sentence: Range, phrase: string, phraseStart: number, hit: NumberHit): boolean {
  if (!AGE_BOUNDS.has(phrase) || hit.unit !== null || isRange(hit) || hit.value > 120) return false;
  if (!AGE_HOLDERS.has(wordBefore(text, Math.max(sentence.start, phraseStart - 16), phraseStart))) return false;
  const next = lowerWordAfterSpaces(text, hit.end, Math.min(sentence.end, hit.end + 16));
  return next === '' || next === 'years' || UNIT_STOP.has(next);
}
/**
 * "between 25 and 35 years old", "as young as 15", "aged between 19 and 24": an age, no count (see
 * also AGE_BOUNDS and "aged" in REFERENCE).
 */
export function isAge(text: string, hit: NumberHit, unit: string | null): boolean {
  if (unit === 'years old' || unit === 'year old' || ageInMonths(unit)) return true;
  // "the 18-29 age group", "in the age group of 35-44 years": the ages a group spans, no count of its people.
  if (unit !== null && AGE_GROUP_UNIT.test(unit)) return true;
  if ((unit === null || unit === 'years') && AGE_GROUP_OF.test(text.slice(Math.max(0, hit.start - 30), hit.start))) return true;
  // "aged between 19 to 24", "ages from 5 to 12", "aged between 20 and 25 years": a range of ages opens with its word before "between" or "from".
  if ((unit === null || unit === 'years') && (text.startsWith('between ', hit.start - 8) || text.startsWith('from ', hit.start - 5))) return AGED_RANGE.test(text.slice(Math.max(0, hit.start - 20), hit.start));
  // "adults 65 or older", "children five years and under", "pupils who are 8 years and below": an age bound after the number is an age, no count of those people.
  if ((unit === null || unit === 'years') && (text.startsWith(' or ', hit.end) || text.startsWith(' and ', hit.end) || text.startsWith(' years ', hit.end)) && AGE_BOUND_AFTER.test(text.slice(hit.end, hit.end + 24))) return true;
  if (unit !== null) return false;
  // "under the age of 16": the age itself ("the age of 16" is what "aged" is in REFERENCE).
  if (text.startsWith('age of ', hit.start - 7)) return true;
  return text.startsWith('as ', hit.start - 3) && AS_AGE_AS.test(text.slice(Math.max(0, hit.start - 16), hit.start));
}
/**
 * "a baby 14 months old", "children between two and 18 months old": an infant's age told in months, weeks or days, as "N years
 * old" is; no count of anything.
 */
const ageInMonths = (unit: string | null): boolean => unit !== null && YOUNG_AGE_UNIT.test(unit);
const YOUNG_AGE_UNIT = /^(?:months?|weeks?|days?) old$/;
/** Maybe "years", then "or/and" and a word of age ("older", "younger"; "and under/over/below" only after "years"). */
const AGE_BOUND_AFTER = /^\s+(?:years?\s+(?:old\s+)?(?:or|and)\s+(?:older|younger|over|under|above|below)|(?:or|and)\s+(?:older|younger))\b/i;
const AS_AGE_AS = /\bas (?:young|old) as\s+$/i;
const AGE_GROUP_UNIT = /^age (?:group|bracket|range|band|cohort)s?\b/i;
const AGE_GROUP_OF = /\bage (?:group|bracket|range|band|cohort)s? of\s+(?:between\s+)?$/i;
const AGED_RANGE = /\b(?:aged|ages)\s+(?:between|from)\s+$/i;
/** Words before a number that make it a reference, not a count ("page 4", "aged 34"). */
const REFERENCE = new Set(
  'page p pp section chapter article paragraph clause no number room flight route line episode season volume vol issue item rule amendment version level stage phase platform gate exit highway road street bus channel grade class size model step part figure table appendix verse act scene round aged age ages type category'.split(' '),
);
/**
 * A number inside a name is no figure ("G20", "Route 66"), but an amount is one even where a name was
 * read from its currency code ("US" of "US$5 billion", "P433.4" of "P433.4 million").
 */
export function inName(names: Range[], hit: NumberHit): boolean {
  const name = rangeAt(names, hit.start) ?? rangeAt(names, hit.end - 1);
  return name !== undefined && !(isMoney(hit.unit) && name.start === hit.start);
}
/**
 * "iOS 6", "iPhone 5": a number right after a word that starts lower case and has a capital inside
 * is the version or model of a product, no amount.
 */
export function namesAProduct(text: string, sentence: Range, hit: NumberHit): boolean {
  if (hit.words || !isSpaceAt(text, hit.start - 1)) return false;
  const end = hit.start - 1;
  let start = end;
  while (start > Math.max(sentence.start, end - 24) && classAt(text, start - 1) & LETTER) start--;
  // CAMEL_PRODUCT needs a capital as the word's second or third letter, which most words before a number lack.
  if (!(classAt(text, start + 1) & UPPER) && !(classAt(text, start + 2) & UPPER)) return false;
  return start < end && CAMEL_PRODUCT.test(text.slice(start, end));
}
const CAMEL_PRODUCT = /^\p{Ll}{1,2}\p{Lu}\p{L}*$/u;

/**
 * "six million Xbox 360 consoles", "two Boeing 737 jets", "its Xbox 360 console": digits right after one
 * capitalised word that a count or a determiner comes before close the name of a model, no amount of their own.
 */
export function closesModelName(text: string, sentence: Range, previous: NumberHit | undefined, hit: NumberHit): boolean {
  if (hit.words || hit.unit !== null || !isSpaceAt(text, hit.start - 1) || !(classAt(text, hit.start - 2) & LETTER)) return false;
  const from = Math.max(sentence.start, previous !== undefined && hit.start - previous.end <= 24 ? previous.end : hit.start - 24);
  // MODEL_NAME_BEFORE needs the word before the digits to open with a capital: most words there are in lower case.
  let word = spacesBefore(text, hit.start);
  while (word > from && (classAt(text, charBefore(text, word)) & LETTER || text.charCodeAt(word - 1) === HYPHEN)) word = charBefore(text, word);
  if (!(classAt(text, word) & UPPER)) return false;
  const m = MODEL_NAME_BEFORE.exec(text.slice(from, hit.start));
  return m !== null && (m[1] !== undefined || (previous !== undefined && from === previous.end && m.index === 0));
}
/**
 * One capitalised word before the digits, after a determiner (group 1, also opening a sentence: "A Bell 212 helicopter") or
 * alone after a count. A word telling which of a maker's models may stand between: "its new Falcon 3 tablet sold 40,000".
 */
const MODEL_NAME_BEFORE = /(?:\b([Tt]he|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er|[Oo]ur|[Aa]n?)\s+(?:(?:new|newest|latest|flagship|older|original|upcoming)\s+)?|^\s+)\p{Lu}[\p{L}-]*\s+$/u;
/** Dates ("June 24", "24 June"), references ("page 4") and ages are not figures. */
export function isReference(text: string, sentence: Range, hit: NumberHit): boolean {
  // An age set off after a name: "Graham Pettifer, 58, admitted".
  if (!hit.words && !hit.unit && text[hit.end] === ',' && endsWithNameAndComma(text, Math.max(sentence.start, hit.start - 40), hit.start)) return true;
  if (ageOpening(text, sentence, hit)) return true;
  const before = dottedWordBefore(text, Math.max(sentence.start, hit.start - 20), hit.start);
  // Within the sentence: "a turnout of 750,000. March organizers …" is no date.
  const after = lettersAfter(text, hit.end, Math.min(sentence.end, hit.end + 20));
  // "on Tuesday (26)", "today (13)": a day of the month in brackets after its weekday or the day named.
  const dayInBrackets = text[hit.start - 1] === '(' && (WEEKDAYS.has(before.toLowerCase()) || (NAMED_DAYS.has(before.toLowerCase()) && hit.value <= 31 && text[hit.end] === ')'));
  // "the road ₦900 million": an amount is never a reference number.
  // "a channel 75 miles east of", "a road 30 kilometres long": a length after the number measures, it names nothing.
  return dayInBrackets || (isMonth(before) && !commaAfterMonth(text, hit)) || isMonth(after) || secondDay(text, sentence, hit, before) || (!isMoney(hit.unit) && ((REFERENCE.has(wordKey(before)) && !LENGTHS.has(after.toLowerCase())) || NUMBERED_UNITS.has(before) || numberedPeriod(text, sentence, hit, before) || abbreviatedReference(text, sentence, hit)));
}
/**
 * "In March, four miners were trapped": a comma between a month before the number and the number ends a clause of when; a
 * date writes its day right after its month ("March 4").
 */
const commaAfterMonth = (text: string, hit: NumberHit): boolean => text.startsWith(', ', hit.start - 2);
/**
 * "between Oct. 3 and 9", "from May 12 to 14": a day of the month after "and" or "to" that joins it to a date closes the
 * span of days, no count (the first day is a date by its month); "by June 4 and 30 more" is a count.
 */
function secondDay(text: string, sentence: Range, hit: NumberHit, before: string): boolean {
  if (hit.words || hit.unit !== null || hit.value > 31 || !Number.isInteger(hit.value) || !DAY_JOINS.has(before.toLowerCase())) return false;
  const m = DAY_BEFORE.exec(text.slice(Math.max(sentence.start, hit.start - 32), hit.start));
  return m !== null && isMonth(m[1]!) && Number(m[2]) < hit.value;
}
const DAY_JOINS = new Set(['and', 'to', 'through', 'until', 'till']);
/** "between" or "from", a month's name (maybe abbreviated with its point), a day, then the joining word, right before the second day. */
const DAY_BEFORE = /\b(?:between|from) (\p{Lu}\p{Ll}+\.?) (\d{1,2}),? (?:and|to|through|until|till) $/u;
/** Words for a day told relative to now, after which a bracketed number is its day of the month. */
const NAMED_DAYS = new Set(['today', 'yesterday', 'tonight', 'tomorrow']);
/**
 * "At 92, Kelmor remains …", "At 35, she …": a whole number under 120 after an opening "At", set off by a comma
 * before a name or a personal pronoun, is the age of who the sentence is about ("At 40, the toll …" still counts).
 */
function ageOpening(text: string, sentence: Range, hit: NumberHit): boolean {
  if (hit.unit || isRange(hit) || !Number.isInteger(hit.value) || hit.value > 120 || text[hit.end] !== ',') return false;
  if (!AT_OPENING.test(text.slice(sentence.start, hit.start))) return false;
  const next = lettersAfter(text, hit.end + 1, Math.min(sentence.end, hit.end + 24));
  const lower = next.toLowerCase();
  return PERSONAL_PRONOUNS.has(next) || (next !== lower && !FUNCTION_WORDS.has(lower));
}
/** "At" opening the sentence, maybe after a quote mark. */
const AT_OPENING = /^[“"‘']?At\s+$/;
const PERSONAL_PRONOUNS = new Set(['he', 'she', 'they', 'we', 'I', 'you']);

/** Capitalised words of a name that a number closes: "Fire District 21", "Engine 7", "Local 1199", "Navy Ship 116" (in lower case they may end a place: "in the district 30 died"). */
const NUMBERED_UNITS = new Set('District Ward Precinct Division Battalion Brigade Squadron Regiment Station Engine Ladder Local Zone Sector Terminal Pier Camp Block Unit Ship Vessel Boat'.split(' '));

/**
 * "in epidemiological week 28", "on day 12 of the trial", "Week 3": a period named by its number, no
 * count. Only after a word that places it ("in", "on", "epidemiological") or capitalised: "last week
 * 40 died" and "a day 300 people" count.
 */
function numberedPeriod(text: string, sentence: Range, hit: NumberHit, before: string): boolean {
  if (hit.words || (before !== 'week' && before !== 'day' && before !== 'Week' && before !== 'Day')) return false;
  if (before !== 'week' && before !== 'day') return true;
  const at = hit.start - before.length - 1;
  return PERIOD_PLACERS.has(wordBefore(text, Math.max(sentence.start, at - 20), at).toLowerCase());
}
const PERIOD_PLACERS = new Set(['in', 'on', 'of', 'during', 'since', 'until', 'epidemiological', 'epidemiologic', 'reporting', 'calendar']);

/** "(5 May, p. 630)": the sentence splitter may end a sentence at "p.", so the number opens the next one. */
function abbreviatedReference(text: string, sentence: Range, hit: NumberHit): boolean {
  if (hit.start - sentence.start > 1) return false;
  const before = dottedWordBefore(text, Math.max(0, hit.start - 8), hit.start).toLowerCase();
  return REFERENCE_ABBREVIATIONS.has(before);
}
const REFERENCE_ABBREVIATIONS = new Set(['p.', 'pp.', 'no.', 'vol.', 'para.', 'fig.', 'sec.', 'ch.', 'art.']);

/**
 * "missing in PRO 1 and", "the rules of IFRS 9 last year": a small number right after a word of capitals is the number of an
 * office, a region or a standard, no amount. A noun in the plural after it ("PRO 3 officers") is what it counts, so it stays.
 */
export function closesAcronym(text: string, hit: NumberHit): boolean {
  if (hit.words || hit.unit !== null || isRange(hit) || !Number.isInteger(hit.value) || hit.value >= 100) return false;
  // ACRONYM_BEFORE needs a capital and one space right before the digits: most small numbers are told apart without it.
  if (text.charCodeAt(hit.start - 1) !== 32 || !(classAt(text, charBefore(text, hit.start - 1)) & UPPER)) return false;
  if (!ACRONYM_BEFORE.test(text.slice(Math.max(0, hit.start - 12), hit.start))) return false;
  return !PLURAL_AFTER.test(text.slice(hit.end, hit.end + 24));
}
/** A word of two to six capitals, then one space. */
const ACRONYM_BEFORE = /(?:^|[^\p{L}\p{N}.])\p{Lu}{2,6} $/u;
const PLURAL_AFTER = /^\s+(?:\p{Ll}+\s+)?(?:\p{Ll}+s|people)\b/u;
/**
 * 'the new “Orbit 4” game', "the youth movement Gen Y 300.": digits that close a quoted title, or a name of two
 * capitalised words at the end of a clause, are part of that name, no amount.
 */
export function closesTitle(text: string, sentence: Range, hit: NumberHit): boolean {
  if (hit.words || hit.unit !== null || !isSpaceAt(text, hit.start - 1)) return false;
  const next = text.charCodeAt(hit.end);
  if (!CLOSING_QUOTES.has(next) && !CLAUSE_ENDS.has(next)) return false;
  const before = text.slice(Math.max(sentence.start, hit.start - 32), hit.start);
  // '“Around 400,000”': a quoted amount, whose first word bounds it, is no title.
  if (CLOSING_QUOTES.has(next)) return QUOTED_TITLE.test(before) && comparatorBeforeIn(text, Math.max(sentence.start, hit.start - 32), hit.start) === null;
  return NAME_BEFORE.test(before);
}
/** ” and ": a quote mark right after the digits. */
const CLOSING_QUOTES = new Set([0x201d, 0x22]);
/** An opening quote mark, then one to three capitalised words, then the digits. */
const QUOTED_TITLE = /[“"](?:\p{Lu}[\p{L}-]*\s+){1,3}$/u;
/** . , ; : a clause ends right after the digits. */
const CLAUSE_ENDS = new Set([0x2e, 0x2c, 0x3b, 0x3a]);
/** A lower-case word, then two capitalised words (the name), then the digits: "movement Gen Y 300". */
const NAME_BEFORE = /\b\p{Ll}+\s+\p{Lu}[\p{L}-]*\s+\p{Lu}[\p{L}-]*\s+$/u;

/** "traveling on U.S. 6", "along State Route 9": a road named by its number after a word for a road network. */
export function namesARoad(text: string, sentence: Range, hit: NumberHit): boolean {
  if (hit.words || hit.unit !== null || !isSpaceAt(text, hit.start - 1)) return false;
  return text.startsWith('U.S. ', hit.start - 5) && ON_ROAD.test(text.slice(Math.max(sentence.start, hit.start - 20), hit.start - 5));
}
/** A preposition of travel right before "U.S.": "on", "along", "off", "onto", "via", "near". */
const ON_ROAD = /\b(?:on|along|off|onto|via|near)\s+$/i;

/**
 * "the 1999 elections", "the 2021 presidential elections", "the 2010 floods": a year between "the" and a plural event's
 * noun (maybe after its adjectives) names that event, no count of them ("the 2000 protesters" counts). So does a year
 * before the records kept for it: "the 2024 financial figures", "the 2023 results".
 */
export function yearOfEvent(text: string, hit: NumberHit, unit: string | null): boolean {
  // "the 4000 reports of people missing": past the years news tells of, four digits count.
  if (!hit.yearLike || unit === null || hit.value > LAST_YEAR) return false;
  const noun = lastWord(unit).toLowerCase();
  if (!YEAR_NAMED_EVENTS.has(noun) && !YEAR_RECORDS.has(noun)) return false;
  if (/\bthe\s+$/i.test(text.slice(Math.max(0, hit.start - 5), hit.start))) return true;
  // "the firm's 2018 financial statements", "70% of 2019 figures", "the 2014 and 2018 elections": a possessive, "of", or
  // another year joined to it stands where "the" does.
  return YEAR_DETERMINER.test(text.slice(Math.max(0, hit.start - 24), hit.start));
}
const LAST_YEAR = 2100;
const YEAR_RECORDS: ReadonlySet<string> = new Set(['figures', 'results', 'accounts', 'earnings', 'statistics', 'forecasts', 'projections', 'estimates', 'statements', 'reports', 'budgets']);
const YEAR_DETERMINER = /(?:\p{L}['’]s|\bof|\b(?:19|20)\d\d\s+(?:and|or|to))\s+$/u;

/**
 * "Including 2001 accounting changes", "before 2019 restructuring charges": a year before a noun phrase opened by a
 * word in "-ing" says which year's changes or charges, no count of them ("1990 protesters" counts people).
 */
export function yearOfNoun(hit: NumberHit, unit: string | null): boolean {
  if (!hit.yearLike || unit === null) return false;
  const space = unit.indexOf(' ');
  return space > 0 && unit.slice(0, space).endsWith('ing');
}

/**
 * "told the broadcaster 24 Nieuws that", "said radio station 90 Plus": digits after a word that says an outlet follows,
 * then a capitalised word, open the outlet's name, no count. Not "the site", a place ("at the site 12 Ostran soldiers").
 */
export function opensOutletName(text: string, sentence: Range, hit: NumberHit): boolean {
  if (hit.unit !== null || text.charCodeAt(hit.end) !== 32 || !(classAt(text, hit.end + 1) & UPPER)) return false;
  const cue = OUTLET_CUE_BEFORE.exec(text.slice(Math.max(sentence.start, hit.start - 16), hit.start))?.[1];
  return cue !== undefined && cue !== 'site' && OUTLET_CUES.has(cue);
}
const OUTLET_CUE_BEFORE = /(?:^|[^\p{L}])(\p{Ll}+) $/u;
