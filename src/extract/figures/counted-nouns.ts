/**
 * What a bare count counts where the noun is not right after it: before it ("gunmen numbering eight"), after another count
 * ("648 or 650 men"), in quote marks ("184 “rebels”"), after a model name ("29 Avro 300 jets"), or the noun of the count it
 * is set against ("11 seats (7)", "instead of the original 93", "two short of"). Why: with no noun, a count says nothing of
 * what it counts, and the figures of other sources cannot be set beside it.
 */
import type { NumberHit } from './numbers';
import type { Range } from '../sentences';
import type { Figure } from '../types';
import { isPlural, MORE_WORDS, unitOf } from './units';

/** "648 or 650 men": the first of two counts joined by "or" counts the noun of the second. */
export function alternativeUnit(text: string, sentence: Range, hit: NumberHit, next: NumberHit | undefined): string | null {
  if (hit.unit !== null || !next || next.unit !== null || !/^ or $/.test(text.slice(hit.end, next.start))) return null;
  return unitOf(text, next, sentence);
}

/** "the gunmen numbering eight", "protesters totalling 300": the plural before the verb is what the count counts. */
export function nounNumbering(text: string, sentence: Range, phraseStart: number): string | null {
  return NUMBERING.exec(text.slice(Math.max(sentence.start, phraseStart - 40), phraseStart))?.[1]!.toLowerCase() ?? null;
}
const NUMBERING = /\b(people|police|\p{L}\p{Ll}{2,}s|\p{L}\p{Ll}*men)\s+(?:numbering|totalling|totaling)\s+(?:about\s+|around\s+|some\s+|over\s+|nearly\s+)?$/u;

/** 'neutralised 184 “rebels”': a plural in quote marks right after the count (the writer doubts the word, not the count). */
export function quotedNoun(text: string, hit: NumberHit): string | null {
  if (hit.unit !== null) return null;
  return QUOTED_NOUN.exec(text.slice(hit.end, hit.end + 30))?.[1]!.toLowerCase() ?? null;
}
const QUOTED_NOUN = /^\s+[“"‘'](people|\p{Ll}{3,}s)[”"’']/u;

/** "a fleet of 29 Avro 300-8 jets": capitalised words and a model code between the count and its noun. */
export function nounAfterModel(text: string, hit: NumberHit): string | null {
  if (hit.unit !== null) return null;
  return MODEL_NOUN.exec(text.slice(hit.end, hit.end + 60))?.[1] ?? null;
}
const MODEL_NOUN = /^\s+(?:\p{Lu}[\p{L}-]*\s+){1,3}[\p{L}\d-]*\d[\p{L}\d-]*\s+(aircraft|helicopters|jets|planes|\p{Ll}{3,}s)\b/u;

/**
 * "The exact number of survivors remained unknown but seemed to be above 250": the plural of "the number of" that a count
 * is said to seem.
 */
export function numberSeemed(text: string, sentence: Range, phraseStart: number): string | null {
  const before = text.slice(Math.max(sentence.start, phraseStart - 160), phraseStart);
  return before.includes('umber of') && SEEMED_TAIL.test(before) ? NUMBER_SEEMED.exec(before)?.[1]!.toLowerCase() ?? null : null;
}
/** The end of NUMBER_SEEMED, tried first: most counts after "the number of" have other words before them. */
const SEEMED_TAIL = /\bto\s+be\s+(?:\p{L}+\s+){0,2}$/u;
const NUMBER_SEEMED = /\bthe\s+(?:exact\s+|total\s+|final\s+|actual\s+)?number\s+of\s+(people|\p{Ll}{3,}s)\b(?:\s+[\p{L}’'-]+){0,6}\s+(?:appeared|appears|seemed|seems)\s+to\s+be\s+(?:(?:about|around|nearly|some|over|more\s+than|at\s+least|almost)\s+)?$/iu;

/**
 * "The number of civilians and guards killed in Varn since May has risen to 319": the first plural of "the number of",
 * maybe joined with another, then up to ten words (no number or clause sign), then the verb of its rise.
 */
export function numberRisen(text: string, sentence: Range, phraseStart: number): string | null {
  const before = text.slice(Math.max(sentence.start, phraseStart - 200), phraseStart);
  return before.includes('umber of') && RISEN_TAIL.test(before) ? NUMBER_RISEN.exec(before)?.[1]!.toLowerCase() ?? null : null;
}
/** The end of NUMBER_RISEN, tried first. */
const RISEN_TAIL = /\b(?:risen|climbed|increased|jumped|grown|up)\s+to\s+(?:\p{L}+\s+){0,2}$/u;
const NUMBER_RISEN =
  /\b[Tt]he\s+number\s+of\s+(people|\p{Ll}{3,}s)\b(?:\s+and\s+(?:\p{Ll}+\s+)?\p{Ll}{3,}s)?(?:\s+[\p{L}’'-]+){0,10}\s+(?:has|have|had)\s+(?:now\s+)?(?:risen|climbed|increased|jumped|grown|gone\s+up)\s+to\s+(?:(?:about|around|nearly|some|over|more\s+than|at\s+least|almost)\s+)?$/u;

/**
 * "Ana Pell received 3,215,904 (51.6%)": a bare count a candidate received or won, with its share of the vote in brackets
 * after it, counts votes.
 */
export function votesWithShare(text: string, sentence: Range, hit: NumberHit, phraseStart: number): string | null {
  if (hit.unit !== null || !SHARE_AFTER.test(text.slice(hit.end, hit.end + 12))) return null;
  return RECEIVED_BEFORE.test(text.slice(Math.max(sentence.start, phraseStart - 16), phraseStart)) ? 'votes' : null;
}
/** A bracketed percentage right after the count, of no whole named after it ("400 (12%) of the bids"). */
const SHARE_AFTER = /^\s*\(\d+(?:[.,]\d+)?\s*%\)(?!\s+of\b)/;
const RECEIVED_BEFORE = /\b(?:received|obtained|won|got|polled|garnered|secured)\s+$/i;

/** "rejected with 41 supporting the bill and 66 against": counts of members who voted on a motion count votes. */
export function votesCast(text: string, sentence: Range, hit: NumberHit): string | null {
  if (hit.unit !== null || !VOTE_AFTER.test(text.slice(hit.end, hit.end + 24))) return null;
  return MOTION.test(text.slice(sentence.start, sentence.end)) ? 'votes' : null;
}
const VOTE_AFTER = /^\s+(?:supporting|opposing|opposed|against|in\s+favou?r|abstaining|voting\s+(?:for|against))\b/i;
const MOTION = /\b(?:motion|bill|resolution|amendment|vote|voted)\b/i;

/**
 * "11 seats (7)": a bare count in brackets right after a count and its noun (its earlier value) counts that noun;
 * "89 passengers, instead of the original 93": so does a count set against it.
 */
export function setAgainstUnit(text: string, hit: NumberHit, previous: Figure | undefined, phraseStart: number): string | null {
  if (!previous?.unit || hit.unit !== null || previous.change !== null) return null;
  const gap = text.slice(previous.span.end, phraseStart);
  if (text.charCodeAt(hit.end) === 41 && gap === ` ${previous.unit} (`) return previous.unit; // )
  return gap.length < 80 && INSTEAD.test(gap) ? previous.unit : null;
}
const INSTEAD = /^[^\d.;:!?]*\b(?:instead\s+of|rather\s+than)\s+(?:the\s+)?(?:original|initial|earlier|first|reported)?\s*$/i;

/** "31 deputies in the chamber, three short of the quorum": a count short of a threshold counts the noun of the count before it. */
export function shortOfUnit(text: string, hit: NumberHit, previous: Figure | undefined): string | null {
  return previous?.unit && hit.unit === null && /^ short of\b/.test(text.slice(hit.end, hit.end + 10)) ? previous.unit : null;
}

/** "Of those, 9 are teenagers, 17 are men": a bare count said to be a plural counts that plural. */
export function countIsNoun(text: string, hit: NumberHit): string | null {
  if (hit.unit !== null) return null;
  const m = COUNT_IS.exec(text.slice(hit.end, hit.end + 30));
  return m && !NOT_NOUNS.has(m[1]!) ? m[1]! : null;
}
const COUNT_IS = /^\s+(?:are|were)\s+(children|women|men|people|\p{Ll}{3,}s)(?=\s*[,.;:!?]|\s+and\b)/u;
const NOT_NOUNS = new Set(['others', 'those', 'theirs', 'ours', 'yours', 'hers', 'his']);

/**
 * "Kelmor took 44 seats out of 90": a bare whole after "out of" a count with its noun counts what the part counts.
 */
export function wholeOutOf(text: string, previous: Figure | undefined, phraseStart: number): string | null {
  if (!previous?.unit || previous.change !== null || previous.unit === '%') return null;
  return OUT_OF_AFTER_NOUN.test(text.slice(previous.span.end, phraseStart)) ? previous.unit : null;
}
/** The part's noun (one or two words), then "out of", maybe "a total of". */
const OUT_OF_AFTER_NOUN = /^\s+[\p{L}-]+(?:\s+[\p{L}-]+)?\s+out\s+of\s+(?:(?:a|the)\s+)?(?:total\s+(?:of\s+)?)?$/u;

/**
 * "active subscribers rose by 12.4 percent to 3.2 million": the plural subject of a rise or fall by a percentage is what the
 * level reached after "to" counts. Not an amount ("sales rose 5 percent to 40 million" counts no sales as things).
 */
export function subjectRisenBy(text: string, sentence: Range, hit: NumberHit, phraseStart: number): string | null {
  if (hit.unit !== null || !text.startsWith('to ', phraseStart - 3)) return null;
  const m = RISEN_BY.exec(text.slice(Math.max(sentence.start, phraseStart - 80), phraseStart));
  return m && !AMOUNT_SUBJECTS.has(m[1]!.toLowerCase()) ? m[1]!.toLowerCase() : null;
}
const RISEN_BY = /\b(\p{Ll}{3,}s|people)\s+(?:rose|grew|increased|jumped|climbed|surged|fell|dropped|declined|decreased)\s+(?:by\s+)?[\d.,]+\s*(?:per\s*cent|percent|%)\s+to\s+$/u;
const AMOUNT_SUBJECTS = new Set(
  'sales revenues profits earnings prices costs rates exports imports deposits assets loans shares expenses margins volumes taxes wages incomes returns reserves savings yields receipts payments premiums dividends funds rents fees bills tariffs levels figures numbers totals'.split(' '),
);

/**
 * "17 case files concern those hurt", "50 houses burnt, six cars": a unit read as a plural noun and the word after it takes
 * in the clause's verb when that word is a past participle ("-ed", "burnt") or has a determiner after it; the noun alone
 * is what is counted. `unit` is the figure's noun.
 */
export function withoutGluedVerb(text: string, hit: NumberHit, unit: string): string {
  const m = PLURAL_THEN_WORD.exec(unit);
  if (m === null) return unit;
  const at = text.indexOf(unit, hit.end);
  // "three more case files address …": a word of more before the noun, which the noun's reading skipped.
  if (at < 0 || (at - hit.end > 4 && !MORE_WORDS.has(text.slice(hit.end, at).trim().toLowerCase()))) return unit;
  const verb = m[2]!;
  return PAST_FORM.test(verb) || DETERMINER_AFTER.test(text.slice(at + unit.length, at + unit.length + 8)) || pluralObjectAfter(text, at + unit.length, verb) || PLACE_AFTER.test(text.slice(at + unit.length, at + unit.length + 12)) ? m[1]! : unit;
}
/**
 * "four case files address raids on Varn courts": a word that is no plural ("address", "cover") between the plural noun and
 * a plural after it is the clause's verb before its object ("sales tax rates", whose last word is the plural, is not read so).
 */
const pluralObjectAfter = (text: string, end: number, verb: string): boolean => (!isPlural(verb) || verb.endsWith('ss')) && PLURAL_OBJECT.test(text.slice(end, end + 24));
const PLURAL_OBJECT = /^\s+\p{Ll}{3,}s(?![\p{L}'’-])/u;
/** A noun of one or two words whose last is plural, then one lower-case word. */
const PLURAL_THEN_WORD = /^((?:\p{Ll}+\s+)?\p{Ll}{2,}s)\s+(\p{Ll}+)$/u;
const PAST_FORM = /^(?:\p{Ll}{2,}ed|burnt|burned|torn|broken|stolen|taken|sunk|shot|hit)$/u;
/**
 * "four of those nine cases occur outside the capital": a preposition of place right after the word says where what the
 * clause tells happened; the word is its verb.
 */
const PLACE_AFTER = /^\s+(?:in|at|outside|inside|across|near|around|throughout)\s/;
/** A determiner, or a bound or a number the verb takes as its object ("20 lost tickets represent about 3 percent"). */
const DETERMINER_AFTER = /^\s+(?:those|these|the|their|its|his|her|them|our|(?:less|more|fewer|nearly|almost|roughly|about)\b|\d)/;

/**
 * "the count of wounded ones stands at 84": "ones" stands for the noun its adjective or participle before it qualifies, which
 * says whom the count counts ("injured", as "the injured"). `unit` is the figure's noun.
 */
export function wordBeforeOnes(text: string, sentence: Range, unit: string): string {
  if (unit !== 'ones') return unit;
  let word: string | null = null;
  for (const m of text.slice(sentence.start, sentence.end).matchAll(WORD_ONES)) word = m[1]!;
  return word ?? unit;
}
const WORD_ONES = /\b(?!the\b|new\b|other\b|old\b|young\b)(\p{Ll}{3,})\s+ones\b/gu;
