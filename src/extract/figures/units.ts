/** What a figure counts or measures: its notation's unit, a compound's ("a four-point lead"), or the noun phrase after it; separate because the other concerns only ask for the unit read here. */
import { BARE_ARTICLES, DAY_PARTS, DIRECTIONS, FUNCTION_WORDS, MONTHS, VERB_FILLERS, WEEKDAYS } from '../lexicon';
import { classAt, COMMA, HYPHEN, isDigit, LETTER, LOWER, OPEN_PAREN, SPACE, spacesFrom, UPPER, widthAt } from '../chars';
import { isComparative } from './changes';
import type { NumberHit } from './numbers';
import { pastCalibre } from './calibres';
import { compoundUnitAt, STRENGTH } from './number-words';
import { classWithin, lastWord, lettersAfter, lowerWordAfterSpaces, wordEnd } from '../scan';
import type { Range } from '../sentences';

/** Adjectives of the events a figure counts end its noun: "100 dead" counts nothing more. */
const ABOUT_ADJECTIVES = new Set(['dead', 'missing', 'injured', 'hurt']);
/** Words that end the counted noun phrase after a number. */
export const UNIT_STOP = new Set([
  ...FUNCTION_WORDS,
  ...VERB_FILLERS,
  ...'ago be being do did does can must should shall get got gets out remain die dies'.split(' '),
  // "delayed by two hours due to rain": the cause after a count, no part of what is counted.
  'due',
  // "killed 75 people Wednesday", "3,000 people die annually", "34 deaths overall": when or how often, no part of what is counted.
  ...WEEKDAYS,
  ...'annually yearly daily weekly monthly overall nationwide worldwide altogether apiece respectively elsewhere'.split(' '),
  // "rose by a thousand overnight": when the count changed, no noun of it ("today", "yesterday", "tonight" are function words).
  'overnight',
  // "claimed 37 lives till Sunday": a preposition of time, no part of what is counted ("until" is a function word).
  'till',
  // "650 more than the count": a difference, whose "than" says what it is counted from, no noun.
  'than',
  // Irregular past tenses, which the "-ed" test misses ("52 people lost their lives"); not those
  // that are also nouns after a number ("won", "cut", "hit").
  ...'lost fled came went took gave fell rose fought ran saw became began held kept met paid sent spent stood told thought brought bought caught felt heard knew made found led sat spoke stole struck threw wrote sank said'.split(' '),
]);
const MAX_UNIT_WORDS = 3;
/** A unit of money: any unit of notation but a share, a score or a magnitude. */
export const isMoney = (unit: string | null): boolean => unit !== null && unit !== '%' && unit !== 'score' && unit !== 'magnitude';
/** The first word of a unit ("gay" for "gay men"). */
export function firstWord(unit: string): string {
  const space = unit.indexOf(' ');
  return space < 0 ? unit : unit.slice(0, space);
}
/** The unit of a number's notation, of a compound ("a four-point lead": points), or the noun phrase it counts. */
export function unitOf(text: string, hit: NumberHit, sentence: Range): string | null {
  // "160km per hour", "90km an hour": a length glued to its digits, then the hour, is a speed, as "160 km per hour" is.
  if (hit.unit !== null) return (hit.unit === 'km' || hit.unit === 'KM') && PER_HOUR.test(text.slice(hit.end, Math.min(sentence.end, hit.end + 12))) ? 'km/h' : hit.unit;
  const compound = text.charCodeAt(hit.end) === HYPHEN ? compoundUnitAt(text, hit.end) : null;
  // "the 20,000-strong coalition forces": the strength counts the noun after the compound.
  if (compound) return compound.plural === STRENGTH ? countedNoun(text, compound.end, sentence.end, true) : hit.value === 1 ? compound.singular : compound.plural;
  // "a two percent unit increase", "fell one per cent": a number in words before "percent" is a percentage too.
  // PERCENT_WORDS needs spaces, then a "p": asked only where one is there.
  const hi = Math.min(sentence.end, hit.end + 10);
  const word = spacesFrom(text, hit.end, hi);
  if (word > hit.end && (text.charCodeAt(word) | 32) === 112 && PERCENT_WORDS.test(text.slice(hit.end, hi))) return '%'; // p P
  // "120 kilometre per hour winds", "90 km an hour": a speed, not the length its first word names.
  const speed = SPEED.exec(text.slice(hit.end, Math.min(sentence.end, hit.end + 28)));
  if (speed) {
    const length = speed[1]!.toLowerCase();
    return length === 'km' ? 'km/h' : `${length.endsWith('s') ? length : `${length}s`} per hour`;
  }
  // "“around 1,000” Kelmor soldiers": a number quoted alone, maybe with its bound, counts the noun after the closing mark.
  const from = QUOTE_CLOSES.has(text.charCodeAt(hit.end)) && QUOTED_NUMBER_OPENS.test(text.slice(Math.max(sentence.start, hit.start - 16), hit.start)) ? hit.end + 1 : hit.end;
  const noun = countedNoun(text, pastCalibre(text, from) + (THE_NUMBER_OF.exec(text.slice(from, from + 30))?.[0].length ?? 0), sentence.end, !hit.yearLike);
  // "300 men, women and children": a count of a list of kinds of people counts people, not the first kind.
  if (noun !== null && KINDS_OF_PEOPLE.has(noun) && PEOPLE_LIST.test(text.slice(from, Math.min(sentence.end, from + 60)))) return 'people';
  if ((noun === 'passengers' || noun === 'crew') && CREW_JOINED.test(text.slice(from, Math.min(sentence.end, from + 40)))) return 'people';
  if (noun !== null && noun.endsWith('s') && text.charCodeAt(text.indexOf(noun, from) + noun.length) === COMMA) return listedWorkers(text, text.indexOf(noun, from) + noun.length, sentence.end, noun);
  // "169 had been aboard", "all 40 on board": a bare number said to be aboard a craft counts the people on it.
  return noun === null && !hit.yearLike && ABOARD_AFTER.test(text.slice(hit.end, Math.min(sentence.end, hit.end + 40))) ? 'people' : noun;
}
/**
 * "nearly half of the price index", "over two thirds of voters", "half the houses": a share in words names its whole
 * after it, which the unit keeps ("% of the price index"); a bare "%" would say a share of nothing. A share in digits
 * ("45% of the index") keeps "%", read as every percentage is.
 */
export function wholeOfShare(text: string, hit: NumberHit, sentence: Range): string | null {
  if (hit.unit !== '%' || !hit.words || !WORD_FRACTION.test(text.slice(hit.start, hit.end))) return null;
  const of = SHARE_OF.exec(text.slice(hit.end, Math.min(sentence.end, hit.end + 16)));
  if (!of) return null;
  const from = hit.end + of[0].length;
  const noun = countedNoun(text, from, sentence.end, true);
  if (noun === null) return null;
  let end = text.indexOf(noun, from) + pluralHeadLength(noun);
  // "half the number of reported victims": a noun for an amount is the whole only with what it is an amount of.
  const amountOf = AMOUNT_NOUNS.test(noun) ? AMOUNT_OF.exec(text.slice(end, end + 6)) : null;
  const counted = amountOf ? countedNoun(text, end + amountOf[0].length, sentence.end, true) : null;
  if (counted !== null) end = text.indexOf(counted, end) + counted.length;
  return `% of ${text.slice(from - (of[1] ?? of[2] ?? '').length, end)}`;
}
/** "residents left": a whole's phrase ends at its first plural, its head; a word after it is the clause's verb. */
function pluralHeadLength(phrase: string): number {
  const words = [...phrase.matchAll(/\S+/g)];
  for (let i = 0; i < words.length - 1; i++) {
    const word = words[i]![0];
    if (isPlural(word.toLowerCase()) && !POSSESSIVE.test(word)) return words[i]!.index + word.length;
  }
  return phrase.length;
}
const POSSESSIVE = /['’]s$/;
const AMOUNT_NOUNS = /^(?:number|total|amount|sum|size)$/i;
const AMOUNT_OF = /^\s+of\s+/i;
const WORD_FRACTION = /(?:half|thirds?|quarters?|fifths?|tenths?)$/i;
/** "of" maybe with a determiner, or a bare "the" ("half the houses"), before the whole. */
const SHARE_OF = /^\s+(?:of\s+((?:the|their|its|our|his|her|this|these|those|all)\s+)?|(the\s+))/i;
/**
 * "About 40,000 dock workers, port-authority and customs staff walked out": a count of a list of kinds of workers, closed
 * by "and" and a worker's noun, counts the whole list, not its first kind (a list of other nouns keeps the first).
 * `at` is the comma right after the first noun.
 */
function listedWorkers(text: string, at: number, end: number, noun: string): string {
  const m = WORKER_LIST.exec(text.slice(at, Math.min(end, at + 80)));
  return m ? noun + m[0] : noun;
}
const WORKER_LIST = /^,\s+(?:[\p{Ll}-]+\s+){0,2}?[\p{Ll}-]+,?\s+and\s+(?:[\p{Ll}-]+\s+){0,2}?(?:workers|staff|employees|servants|officers|teachers|nurses|doctors)(?![\p{L}-])/u;
const KINDS_OF_PEOPLE = new Set(['men', 'women', 'children', 'boys', 'girls', 'adults']);
/** Three kinds of people or more, listed with commas and closed by "and" ("4 boys and girls" stays boys). */
const PEOPLE_LIST = /^\s+(?:men|women|children|boys|girls|adults)(?:,\s+(?:men|women|children|boys|girls|adults))+,?\s+and\s+(?:men|women|children|boys|girls|adults)\b/i;
/**
 * "the 210 passengers and crew it could carry", "all 40 crew and passengers": travellers and the crew named together are the
 * people aboard, not only the first of them (maybe after one word: "the 60 foreign passengers and crew").
 */
const CREW_JOINED = /^\s+(?:[\p{Ll}-]+\s+)?(?:passengers\s+and\s+crew|crew\s+and\s+passengers)\b/iu;
const ABOARD_AFTER = /^\s+(?:(?:had been|have been|has been|were|are|was)\s+)?(?:\p{Ll}+ly\s+)?(?:aboard|on board)\b/u;
/** "bringing to 9 the number of wounded", "raising to 40 the total number of arrests": the count's noun comes after the number, put last. */
const THE_NUMBER_OF = /^\s+the\s+(?:total\s+)?number\s+of(?=\s)/i;
/** A length, then "per hour", "an hour" or "/h". */
const SPEED = /^[\s-]?(kilomet(?:re|er)s?|km|miles?|metres?|meters?)(?:\s+(?:per|an|a)\s+hour\b|\/h\b)/i;
/** "per hour", "an hour" or "/h" right after a length. */
const PER_HOUR = /^(?:\s+(?:per|an|a)\s+hour\b|\/h\b)/i;
/** ” and ", which close a quoted number. */
const QUOTE_CLOSES = new Set([0x201d, 0x22]);
/** An opening quote mark, then at most a bound, right before the number: the quote holds only the number's phrase. */
const QUOTED_NUMBER_OPENS = /[“"](?:(?:around|about|some|nearly|almost|over|more than|at least|up to|roughly)\s+)?$/i;
export const PERCENT_WORDS = /^\s+per ?cent\b/i;

/** Lower-case words (two to five) in quote marks, right after the number. */
const QUOTED_NOUN = /^[“"]((?:\p{Ll}[\p{Ll}-]* ){1,4}\p{Ll}[\p{Ll}-]*)[”"]/u;
/** “ and ", which QUOTED_NOUN opens with: told from a char code before the expression runs. */
const QUOTE_MARKS = new Set([0x201c, 0x22]);
/** "four M-16 rifles", "two F-16 jets": a model name's digits after its hyphen are part of the word. */
function modelEnd(text: string, end: number, hi: number): number {
  if (text.charCodeAt(end - 1) !== HYPHEN || !isDigit(text.charCodeAt(end))) return end;
  while (end < hi && (isDigit(text.charCodeAt(end)) || classAt(text, end) & LETTER)) end++;
  return end;
}

/**
 * The noun phrase a number counts: "gay men" in "100 gay men had vanished"; null in "6 were murdered".
 * Read word by word (a word may hold apostrophes and hyphens) up to the first sign, stop word or verb,
 * past a first "more" or "other" ("15 more years"), into an editor's brackets ("4.9 [degrees Celsius]", "200 (soldiers) dead")
 * and across "and" after a singular noun ("search and rescue personnel").
 * A capital after a plural starts another phrase ("5,600 buildings Turkish officials said"), except a scale of degrees.
 */
function countedNoun(text: string, from: number, to: number, names: boolean): string | null {
  const hi = Math.min(to, from + 80);
  let count = 0;
  let start = -1;
  let end = from;
  let previous = '';
  let i = spacesFrom(text, from, hi);
  // 'fire from 30 "heavily armed lawless elements"': a noun phrase a source's words give in quote marks is the noun.
  const quoted = QUOTE_MARKS.has(text.charCodeAt(i)) ? QUOTED_NOUN.exec(text.slice(i, i + 60)) : null;
  if (quoted && isPlural(lastWord(quoted[1]!)) && !UNIT_STOP.has(quoted[1]!.slice(0, quoted[1]!.indexOf(' ')))) return quoted[1]!;
  // "more than 200 (soldiers) dead": a noun an editor or a statement put in round brackets is still the noun.
  if (i < hi && (text.charCodeAt(i) === OPEN_BRACKET || (text.charCodeAt(i) === OPEN_PAREN && BRACKETED_NOUN.test(text.slice(i, i + 30))))) i++;
  // Where the word before a joining "and" ends: without a head noun after the joined word, the phrase ends there.
  let beforeAnd = -1;
  // Whether every word read so far opens with a capital (capitalHead).
  let capitals = true;
  for (let skipped = false, joined = false; ; ) {
    while (i < hi && classAt(text, i) & SPACE) i++;
    if (i >= hi || !(classWithin(text, i, hi) & LETTER)) break;
    const wordStop = modelEnd(text, wordEnd(text, i + widthAt(text, i), hi), hi);
    const lower = text.slice(i, wordStop).toLowerCase();
    // "11 new confirmed cases": a lower-case "new" adds to a count as "more" does ("New Delhi" is a name).
    if (count === 0 && !skipped && (MORE_WORDS.has(lower) || (lower === 'new' && classAt(text, i) & LOWER))) {
      skipped = true;
      i = wordStop;
      continue;
    }
    const other = lower === 'and' && count === 1 && !isPlural(previous) ? otherPlural(text, wordStop, hi) : null;
    if (other) return other;
    // "13,740 search and rescue personnel": a singular noun joined by "and" to another, before their head noun.
    if (lower === 'and' && count === 1 && !joined && !previous.endsWith('s') && !IRREGULAR_PLURALS.has(previous)) {
      joined = true;
      beforeAnd = end;
      i = wordStop;
      continue;
    }
    // "three critically injured passengers", "two badly hurt": an adverb before the event's word or a participle is no noun.
    if (count === 0 && lower.endsWith('ly') && classAt(text, i) & LOWER && describesNext(text, wordStop, hi)) {
      i = wordStop;
      continue;
    }
    // "32 missing people", "80 dead bodies": the event's adjective before a noun leaves the noun counted (the event is read apart).
    if (count === 0 && !skipped && ABOUT_ADJECTIVES.has(lower) && countedAfterAdjective(lowerWordAfterSpaces(text, wordStop, Math.min(hi, wordStop + 16)))) {
      skipped = true;
      i = wordStop;
      continue;
    }
    // "31 US cents": the country of a currency, not the pronoun "us".
    if ((UNIT_STOP.has(lower) && !(count === 0 && text.startsWith('US ', i))) || ABOUT_ADJECTIVES.has(lower) || stopsContracted(lower)) break;
    // "42 confirmed dead": a participle before the event's adjective qualifies the count, no noun of it.
    if (count === 0 && isParticiple(lower) && ABOUT_ADJECTIVES.has(lowerWordAfterSpaces(text, wordStop, Math.min(hi, wordStop + 12)))) break;
    if (count > 0 && classAt(text, i) & UPPER && previous.endsWith('s') && previous !== 'degrees') break;
    // "55 miles northeast of", "two points higher": a direction or a comparative after the noun is no part of it.
    if (count > 0 && (isComparative(lower) || (DIRECTIONS.has(lower) && classAt(text, i) & LOWER))) break;
    // "killed 31 people early Wednesday", "late on Sunday": "early" or "late" before when it happened.
    if (count > 0 && (lower === 'early' || lower === 'late') && WHEN_AFTER_EARLY.has(lettersAfter(text, wordStop, Math.min(hi, wordStop + 12)).toLowerCase())) break;
    // "up from 96 late on Monday": right after the number too, unless a time of day follows ("three early morning raids" counts raids).
    if (count === 0 && (lower === 'early' || lower === 'late') && lateOnDay(lettersAfter(text, wordStop, Math.min(hi, wordStop + 12)).toLowerCase())) break;
    // "one foot high", "two metres deep", "980 feet down a hillside": the dimension or direction after a length says which way it is measured.
    if (count > 0 && (DIMENSIONS.has(lower) || PARTICLES.has(lower)) && LENGTHS.has(previous)) break;
    // "1,118 relief camps set up", "1,050 houses completely ruined": after a plural noun, a word before a
    // particle is a verb and a word in "-ly" an adverb, neither of them part of the noun.
    if (count > 0 && isPlural(previous) && (lower.endsWith('ly') || PARTICLES.has(lowerWordAfterSpaces(text, wordStop, Math.min(hi, wordStop + 8))))) break;
    // "results from 40 of the 120 districts show Varn's party ahead": a lower-case word after a plural noun, then a name, is
    // the clause's verb and its object, no part of the noun.
    if (count > 0 && isPlural(previous) && classAt(text, i) & LOWER && capitalAfter(text, wordStop, hi)) break;
    // "saw eight gunmen enter the shop": after a plural noun (a "-men" one too), a lower-case word an article follows is
    // the clause's verb before its object, no part of the noun.
    if (count > 0 && (isPlural(previous) || previous.endsWith('men')) && classAt(text, i) & LOWER && BARE_ARTICLES.has(lowerWordAfterSpaces(text, wordStop, Math.min(hi, wordStop + 6)))) break;
    // A participle is a verb ("6 were murdered", "100 men vanished") unless a noun follows it first ("10 wounded soldiers").
    // "10 confirmed Kelmor fever deaths": a participle before a name and the plural it qualifies is no verb either.
    if (isParticiple(lower) && !(count === 0 && (nounFollows(text, wordStop, to) || (names && (opensName(text, i, hi) || (!lower.endsWith('ing') && opensName(text, spacesFrom(text, wordStop, hi), hi))))))) break;
    // "the 802 figure given by": a noun for the number itself counts nothing.
    if (count === 0 && NUMBER_NOUNS.has(lower) && !nounFollows(text, wordStop, to)) return null;
    if (start < 0) start = i;
    if (!(classAt(text, i) & UPPER)) capitals = false;
    count++;
    end = wordStop;
    previous = lower;
    if (count === MAX_UNIT_WORDS) break;
    i = wordStop;
  }
  if (beforeAnd >= 0 && count === 2) return text.slice(start, beforeAnd);
  if (count === MAX_UNIT_WORDS && capitals) return capitalHead(text, end, hi) ?? text.slice(start, end);
  if (count === MAX_UNIT_WORDS && !capitals && noPlural(text.slice(start, end))) return withLowerHead(text, start, end, hi);
  return count ? text.slice(start, end) : null;
}

/**
 * "some 500 farm and other groups": a word joined by "and other" to a plural qualifies that plural as "other" does, and the
 * plural is what is counted. The plural after "and other" at `from`, else null.
 */
function otherPlural(text: string, from: number, hi: number): string | null {
  const m = AND_OTHER.exec(text.slice(from, Math.min(hi, from + 40)));
  return m && !UNIT_STOP.has(m[1]!) ? m[1]! : null;
}
const AND_OTHER = /^\s+other\s+(\p{Ll}{3,}s|people)(?![\p{L}'’-])/u;

/** Whether the word after `from` (past spaces) opens with a capital. */
const capitalAfter = (text: string, from: number, hi: number): boolean => {
  const at = spacesFrom(text, from, hi);
  return at > from && at < hi && (classAt(text, at) & UPPER) !== 0;
};

/**
 * "Ten National Rapid Response Teams": capitalised words after a number name a kind of thing, whose
 * plural head closes the name; read past the unit's word limit (at most two more words), the head is
 * what is counted. Null when no plural closes the name there.
 */
function capitalHead(text: string, from: number, hi: number): string | null {
  let i = from;
  for (let words = 0; words < 2; words++) {
    i = spacesFrom(text, i, hi);
    if (i >= hi || !(classAt(text, i) & UPPER)) return null;
    const stop = wordEnd(text, i + widthAt(text, i), hi);
    const lower = text.slice(i, stop).toLowerCase();
    if (lower.endsWith('s')) return lower;
    i = stop;
  }
  return null;
}
/**
 * "two rural mental health charities": lower-case words that fill the unit's word limit with no plural among them qualify the
 * plural right after them, which closes the noun counted ("court files cover raids" has its plural, "files", in the limit).
 * Else the words read.
 */
function withLowerHead(text: string, start: number, end: number, hi: number): string {
  const word = lowerWordAfterSpaces(text, end, hi);
  if (word.length <= 3 || !isPlural(word) || word.endsWith('ss') || UNIT_STOP.has(word) || /(?:ed|ing|ly)$/.test(word)) return text.slice(start, end);
  return text.slice(start, text.indexOf(word, end) + word.length);
}
const noPlural = (words: string): boolean => !words.toLowerCase().split(/\s+/).some(isPlural);
const OPEN_BRACKET = 91;
/** One or two lower-case words closed by the bracket, the last a plural: "(soldiers)", "(rebel fighters)". */
const BRACKETED_NOUN = /^\((?:\p{Ll}[\p{L}-]* )?\p{Ll}[\p{L}-]*s\)/u;
/**
 * Up to five lower-case words (the number's noun, maybe "and one" more of another), then one or two such words in round
 * brackets: "civilian (fighter)", "fighters and one civilian (a driver)".
 */
const NOUN_THEN_BRACKETED = /^(?:\s+\p{Ll}[\p{L}-]*){1,5}\s+\((?:\p{Ll}[\p{L}-]*\s)?\p{Ll}[\p{L}-]*\)/u;
/**
 * Where a noun in round brackets right after a number ends, or a bracketed word after the number's noun ("one civilian
 * (fighter) lost their lives"): its closing bracket ends no clause. Else `from`.
 */
export function bracketedNounEnd(text: string, from: number): number {
  const at = spacesFrom(text, from, from + 2);
  if (text.charCodeAt(at) === OPEN_PAREN) {
    const m = BRACKETED_NOUN.exec(text.slice(at, at + 30));
    return m ? at + m[0].length : from;
  }
  // Asked at every figure: the expression is tried only where the window holds a bracket.
  const window = text.slice(from, from + 90);
  const m = window.includes('(') ? NOUN_THEN_BRACKETED.exec(window) : null;
  return m ? from + m[0].length : from;
}
/** "the 10 rebels they've killed", "two men we're told of": a stop word (a pronoun) with a verb contracted onto it. */
function stopsContracted(lower: string): boolean {
  const straight = lower.indexOf("'");
  const curly = lower.indexOf('’');
  // The first mark of either kind.
  const mark = straight < 0 ? curly : curly < 0 ? straight : Math.min(straight, curly);
  return mark > 0 && UNIT_STOP.has(lower.slice(0, mark));
}
/** Units of length, singular and plural: what a measure's dimension follows ("one foot high"). */
export const LENGTHS = new Set('inch inches foot feet yard yards metre metres meter meters kilometre kilometres kilometer kilometers km kms mile miles'.split(' '));
/**
 * "The bus fell about 200 feet", "plunged 30 metres into a gorge": a body falling through a length, a
 * measure of the drop, not a change of a quantity; "the river level fell two feet" is one.
 */
export function dropsThrough(before: string, unit: string | null): boolean {
  if (unit === null || !LENGTHS.has(firstWord(unit)) || !FALL_MOTION.test(before)) return false;
  return !LEVEL_NOUNS.test(before);
}
/**
 * "about 115 kilometres (70 miles) away from", "30 km to the northeast", "6 miles deep", "at a depth of 12 km", "risen to three
 * metres high": a length that says where something is, or how deep or high, places it; it is no amount the story reports.
 * "The river rose two feet" and "a road 30 km long" are measures and stay.
 */
export function placesBy(text: string, sentence: Range, phraseStart: number, end: number, unit: string | null): boolean {
  // "hours' drive": the unit read with its possessive.
  const first = unit === null ? '' : firstWord(unit).replace(/[’']$/, '');
  const travel = TRAVEL_UNITS.has(first);
  if (!LENGTHS.has(first) && !travel) return false;
  if (!travel && (MEASURED_BEFORE.test(text.slice(Math.max(sentence.start, phraseStart - 32), phraseStart)) || measuredConverted(text, sentence, phraseStart))) return true;
  let after = text.slice(end, Math.min(sentence.end, end + 80));
  const word = first.toLowerCase();
  // The unit repeated right after the number ("12 kilometers (7 miles) deep"): only its first three places can hold it.
  const at = after.slice(0, word.length + 2).toLowerCase().indexOf(word);
  if (at >= 0 && at <= 2) after = after.slice(at + word.length);
  // "swells of up to four metres high", "drifts of two feet deep": the size of the things named before "of", a measure the
  // story reports, not where something is.
  if (!travel && SIZE_OF_BEFORE.test(text.slice(Math.max(sentence.start, phraseStart - 32), phraseStart)) && DIMENSION_AFTER.test(after)) return false;
  if (!travel) return PLACED_AFTER.test(after);
  // "three hours by boat north of", "a day's walk from": a time of travel places a spot as a distance does.
  const by = TRAVEL_BY.exec(after);
  if (by !== null) return PLACED_AFTER.test(after.slice(by[0].length));
  // "a cove some four hours from the provincial capital", "two days from Varn": a travel time from a place places a
  // spot, as a length would ("three hours from Monday" and "two days from now" say when).
  const from = TRAVEL_FROM.exec(after);
  return from !== null && (from[1] === undefined || !(WEEKDAYS.has(from[1].toLowerCase()) || MONTHS.has(from[1].toLowerCase())));
}
/** "from", then the name of a place (captured) or a noun of one after "the" or "a" and at most one word. */
const TRAVEL_FROM = /^\s+from\s+(?:(?:the|a|an)\s+(?:[\p{L}-]+\s+)?(?:capital|city|town|village|border|coast|port|camp|airport|base|site|shore|nearest\s+\p{L}+)\b|(\p{Lu}\p{Ll}+)\b)/u;
/** A plural noun (maybe capitalised, opening its sentence), then "of", right before the measure's phrase. */
const SIZE_OF_BEFORE = /\b\p{L}\p{Ll}{2,}s\s+of\s+$/u;
/** A dimension right after the length: how high, deep, long, wide or tall. */
const DIMENSION_AFTER = /^\s+(?:high|deep|long|wide|tall)(?![\p{L}-])/u;
const TRAVEL_UNITS = new Set('hour hours minute minutes day days'.split(' '));
const TRAVEL_BY = /^[’']?\s+(?:by\s+(?:road|car|bus|rail|train|boat|sea|air|plane|foot)|drive|walk|flight|ride|sail)\b\s*,?/i;
const MEASURED_BEFORE = /\b(?:depth|height|altitude|elevation|distance)\s+of\s+$/i;
/**
 * "at an altitude of 2,400 metres (7,900 feet)": the bracketed conversion of a length that says how high or deep restates
 * that length in another unit; it places as the first does.
 */
const measuredConverted = (text: string, sentence: Range, phraseStart: number): boolean =>
  text.charCodeAt(phraseStart - 1) === 40 && MEASURED_CONVERTED.test(text.slice(Math.max(sentence.start, phraseStart - 64), phraseStart)); // (
/** A word of how high or deep, "of", maybe a bound, the length and its unit, then the opening bracket. */
const MEASURED_CONVERTED = /\b(?:depth|height|altitude|elevation|distance)\s+of\s+(?:(?:about|some|nearly|almost|around|roughly|more\s+than|over|at\s+least)\s+)?[\d.,]+\s*[\p{L}.]+\s+\($/iu;
const PLACED_AFTER = new RegExp(
  String.raw`^\s*\)?\s*(?:\([^()]{0,40}\)\s*)?(?:,\s*or\s+[^,;()]{1,40},\s*)?(?:away|deep|high|tall|beneath|below|underground|offshore|inland|from|off|(?:to\s+the\s+)?(?:${[...DIRECTIONS].join('|')}))(?![\p{L}-])`,
  'iu',
);
const FALL_MOTION = /\b(?:fell|fall|falls|falling|fallen|plunged|plunging|plummeted|tumbled|dropped)\s+(?:(?:about|some|nearly|almost|around|roughly|more than|over|at least)\s+)?$/i;
const LEVEL_NOUNS = /\b(?:levels?|water|waters|river|lake|reservoir|tide|sea|depth|snowpack|table)\b/i;
/** Words after "early" or "late" that make it say when ("early Wednesday", "late on Sunday", "early this morning"). */
const WHEN_AFTER_EARLY = new Set([...WEEKDAYS, 'on', 'in', 'this', 'last', 'yesterday', 'today', 'morning', 'afternoon', 'evening', 'night']);
/** A word of WHEN_AFTER_EARLY that is no time of day, which a noun may take ("early morning raids"). */
const lateOnDay = (word: string): boolean => WHEN_AFTER_EARLY.has(word) && !DAY_PARTS.has(word);
const DIMENSIONS = new Set(['high', 'long', 'deep', 'wide', 'tall']);
/** Nouns that, right after a number, name the number itself: "the 802 figure", "the 1,000 mark". */
const NUMBER_NOUNS = new Set(['figure', 'mark', 'tally', 'toll']);
/** Past participles not ending in "-ed": "the figure given by", "500,000 taken". */
/** "2,000 laid to rest": "laid" is a participle too. */
const EN_PARTICIPLES = new Set('given taken shown seen known written chosen driven spoken stolen drawn thrown beaten hidden laid'.split(' '));
/** A participle, which is a verb after a number unless a noun follows it. */
const isParticiple = (lower: string): boolean => lower.endsWith('ed') || lower.endsWith('ing') || EN_PARTICIPLES.has(lower);
/**
 * "20,000 Red Cross volunteers": capitalised words (not in capitals) closed by a plural noun in lower case name a kind of
 * it, whatever the first one's ending ("Red" is no participle). Not a year's ("2011 Mohamed Mahmoud clashes": `names`
 * is false there) nor a run closed otherwise ("two United States Presidents and").
 */
function opensName(text: string, i: number, hi: number): boolean {
  if (!(classAt(text, i + 1) & LOWER)) return false;
  for (let words = 0; words < MAX_UNIT_WORDS && i < hi && classAt(text, i) & UPPER; words++) i = spacesFrom(text, wordEnd(text, i + widthAt(text, i), hi), hi);
  const head = lowerWordAfterSpaces(text, i - 1, hi);
  return head !== '' && isPlural(head) && !UNIT_STOP.has(head);
}
/** The word after `from` is the event's adjective or a participle, which an adverb before it qualifies. */
function describesNext(text: string, from: number, hi: number): boolean {
  const next = lowerWordAfterSpaces(text, from, Math.min(hi, from + 16));
  return ABOUT_ADJECTIVES.has(next) || isParticiple(next);
}
/** Particles that make the word before them a verb: "500,000 showed up". */
const PARTICLES = new Set(['up', 'down', 'off', 'out', 'away', 'back']);
/**
 * Words between a number and its noun that add to a count already given ("15 more years", "two other
 * suspects") or say it counts a kind named before ("1,000 such images"): the noun after them is the unit.
 */
export const MORE_WORDS = new Set(['more', 'other', 'additional', 'further', 'extra', 'such']);
/** Nouns for people that an event's adjective may stand before ("32 missing people", "ten injured children"). */
export const PEOPLE_NOUNS = new Set(['people', 'persons', 'men', 'women', 'children', 'individuals', 'residents', 'passengers', 'workers', 'miners', 'soldiers', 'civilians', 'migrants', 'tourists', 'climbers', 'fishermen', 'students']);
/** A noun the event's adjective may stand before: people, or the bodies of the dead. */
const countedAfterAdjective = (lower: string): boolean => PEOPLE_NOUNS.has(lower) || lower === 'bodies';
/** A plural noun, with or without a final "s". */
export const isPlural = (lower: string): boolean => lower.endsWith('s') || IRREGULAR_PLURALS.has(lower);
/** Plurals without a final "s": "20 people and property" counts the people. */
const IRREGULAR_PLURALS = new Set(['people', 'men', 'women', 'children', 'police', 'staff', 'personnel', 'cattle', 'sheep']);

/** The next word is a plain noun: not a stop word, participle or adverb. */
export function nounFollows(text: string, from: number, to: number): boolean {
  const next = lowerWordAfterSpaces(text, from, Math.min(to, from + 40));
  return next !== '' && !UNIT_STOP.has(next) && !PARTICLES.has(next) && !EN_PARTICIPLES.has(next) && !/(ed|ing|ly)$/.test(next);
}
