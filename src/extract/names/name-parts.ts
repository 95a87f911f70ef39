/** Splits a capitalised run into the names it holds, each with the role written in it. */

import { abbreviatedAfter } from './name-aliases';
import { joinsTitleFields, namesOutletOfPlace, splitOf, splitWeakConnectors } from './name-connectors';
import { isHeadToken, isName, surnameAfterHonorific } from './name-shapes';
import { dropDemonym, isTitledName, trim } from './name-trims';
import { type Evidence, keyOf } from './occurrence';
import { splitRole } from './role-split';
import { isConnector, type Token } from '../tokens';
import { BALINESE_BIRTH_NAMES, DAY_PARTS } from '../lexicon';
import { lowerWordBefore, wordBefore } from '../scan';
import { FUNCTION, HOLIDAY, MONTH, ORG_HEAD, OUTLET_WORD, PERSON_NOUN, REPORTING_VERB, ROLE_HEAD, WEEKDAY, wordClass } from '../wordclass';

/** A name split from a run, with the role written in the run before it. */
export interface Part {
  tokens: Token[];
  role: string | null;
  /** The words before a title, split off the person it names ("Supply" in "Supply Minister Ali Said"). */
  beforeTitle?: boolean;
  /** The last word of a role written right after the name with no comma ("Ana Kelmo CEO of OSCA"), which the name's place spans. */
  through?: Token;
}

/**
 * Dates and holidays split a run ("Ramadan", "in April Novaya Gazeta"). A month inside a name
 * ("Theresa May", "Jan Novak") is kept: it breaks only where a name would start, or before a day.
 */
function isBreaker(text: string, run: readonly Token[], i: number, piece: readonly Token[]): boolean {
  const w = run[i]!;
  if (w.cls & (WEEKDAY | HOLIDAY) || (w.text === 'I' && !opensBalineseName(run, i, piece))) return !isGivenHoliday(text, w, piece) && !isGivenWeekday(text, w, piece) && !isSundayTitle(text, run, i);
  if (!(w.cls & MONTH)) return false;
  const day = /^\.?\s+\d/.test(text.slice(w.end, w.end + 4));
  const startsName = !piece.length || isConnector(piece[piece.length - 1]!);
  return day || (startsName && w.lower.length > 3 && !(piece.length === 0 && opensBodyName(text, run, i)));
}

/**
 * "the Mail on Sunday", "the Kelmor Herald on Sunday": "on Sunday" after a paper's word ends the title of its Sunday
 * edition; the day is a word of the outlet's name, not the day a sentence dates (unless a part of the day follows it).
 */
const isSundayTitle = (text: string, run: readonly Token[], i: number): boolean =>
  run[i]!.text === 'Sunday' && i >= 2 && i === run.length - 1 && run[i - 1]!.text === 'on' && (run[i - 2]!.cls & OUTLET_WORD) !== 0 && !DAY_PART_AFTER.test(text.slice(run[i]!.end, run[i]!.end + 12));
/** A part of the day after the weekday ("on Sunday morning"): the words date the sentence. */
const DAY_PART_AFTER = new RegExp(String.raw`^ (?:${[...DAY_PARTS].join('|')})\b`);

/**
 * "prison chief I Made Kelmo said": the one-letter "I" before a Balinese birth-order name and a further name opens the
 * man's name; it is no pronoun there.
 */
function opensBalineseName(run: readonly Token[], i: number, piece: readonly Token[]): boolean {
  return piece.length === 0 && i + 2 < run.length && BALINESE_BIRTH_NAMES.has(run[i + 1]!.lower);
}

/**
 * "the radical April Fifth Action Group": a month opening a run of two words or more before a body's
 * head word, with no preposition before it ("in April Kelmor Group" is a date), is the body's name.
 */
function opensBodyName(text: string, run: readonly Token[], i: number): boolean {
  const rest = run.slice(i + 1);
  if (rest.length < 3 || !(rest[rest.length - 1]!.cls & ORG_HEAD) || rest.some((t) => isConnector(t) || t.cls & MONTH)) return false;
  const start = run[i]!.start;
  if (/\bthe\s$/i.test(text.slice(Math.max(0, start - 4), start))) return true;
  const before = wordBefore(text, Math.max(0, start - 30), start);
  return before !== '' && !(wordClass(before) & FUNCTION);
}

/**
 * "spokesman Eid Kelmor said": a holiday's word right after a lower-case title, before one capitalised
 * word the lexicon does not know, is the given name of the person the title names (a title names no feast).
 */
function isGivenHoliday(text: string, w: Token, piece: readonly Token[]): boolean {
  if (piece.length || !(w.cls & HOLIDAY)) return false;
  const after = text.slice(w.end, w.end + 40);
  const surname = /^ \p{Lu}\p{Ll}+\b(?![ -]\p{Lu})/u.exec(after);
  return surname !== null && wordClass(surname[0].slice(1).toLowerCase()) === 0 && (wordClass(lowerWordBefore(text, Math.max(0, w.start - 30), w.start)) & ROLE_HEAD) !== 0;
}

/**
 * "aid agency official Friday Kelmo told reporters": a weekday's word right after a lower-case title or person's noun
 * ("official", "spokesman"), before one capitalised word the lexicon does not know, is the given name of the person
 * the noun names; a day is written after "on" or after the verb ("said Friday"), not between a title and a surname.
 */
function isGivenWeekday(text: string, w: Token, piece: readonly Token[]): boolean {
  if (piece.length || !(w.cls & WEEKDAY) || text.charCodeAt(w.start - 1) !== 32) return false;
  const surname = /^ \p{Lu}\p{Ll}+\b(?![ -]\p{Lu})/u.exec(text.slice(w.end, w.end + 40));
  if (surname === null || wordClass(surname[0].slice(1).toLowerCase()) !== 0) return false;
  const noun = TITLE_WORD_BEFORE.exec(text.slice(Math.max(0, w.start - 30), w.start))?.[1];
  return noun !== undefined && (wordClass(noun) & (ROLE_HEAD | PERSON_NOUN)) !== 0 && !(wordClass(noun) & REPORTING_VERB);
}
/** A lower-case word and one space right before a word. */
const TITLE_WORD_BEFORE = /(?:^|[^\p{L}])(\p{Ll}+) $/u;

/** Splits a run into the names it holds, dropping words that are not names. */
export function nameParts(text: string, run: Token[], evidence: Evidence): Part[] {
  const out: Part[] = [];
  let piece: Token[] = [];
  for (let i = 0; i <= run.length; i++) {
    const w = run[i];
    if (w && !isBreaker(text, run, i, piece)) {
      piece.push(w);
      continue;
    }
    const trimmed = trim(piece, text);
    if (trimmed.length) {
      const outlet = namesOutletOfPlace(text, trimmed);
      for (const joined of outlet || abbreviatedAfter(text, trimmed) || joinsTitleFields(text, trimmed) || isTitledName(trimmed) ? [trimmed] : (listTail(text, trimmed, evidence) ?? splitWeakConnectors(trimmed, evidence))) {
        for (const names of outlet ? [joined] : splitOf(joined)) {
          for (const part of splitRole(text, names, evidence.solo, evidence.known)) {
            const cleaned = dropDemonym(part.tokens, evidence.named, text);
            if (cleaned.length && (isName(cleaned) || surnameAfterHonorific(run, cleaned))) out.push({ tokens: cleaned, role: part.role, beforeTitle: part.beforeTitle, through: part.through });
          }
        }
      }
    }
    if (piece.length) piece = [];
  }
  return out;
}

/**
 * "teams of the Navy, Kelmor Fire Service and Ostra Guard": the run after a list's comma that holds its "and" holds its
 * last two items; a body's name of two words or more, closed by its head word, ends before the "and". Null where the run
 * is no such tail (a run after no list, a name the lexicon knows whole).
 */
function listTail(text: string, words: Token[], evidence: Evidence): Token[][] | null {
  const k = words.findIndex((w) => w.text === 'and');
  if (k < 2 || k > words.length - 2 || words.some((w) => w.text === 'of') || !isHeadToken(words[k - 1]!)) return null;
  // "said Ana Ruiz, Chairman, Kelmor Bank and Group": an item that is a title closes an apposition, no list.
  const item = LIST_BEFORE.exec(text.slice(Math.max(0, words[0]!.start - LIST_REACH), words[0]!.start))?.[1];
  if (item === undefined || wordClass(item.toLowerCase()) & ROLE_HEAD) return null;
  // "Kelmor Police and Fire Commission": one body whose field is two services, its head at the end.
  if (evidence.known(keyOf(words.map((w) => w.lower))) || (words[k - 1]!.lower === 'police' && isHeadToken(words[words.length - 1]!))) return null;
  return [words.slice(0, k), words.slice(k + 1)];
}
/** A capitalised item of the list, then its comma, right before the run. */
const LIST_BEFORE = /(\p{Lu}[\p{L}.-]*),\s$/u;
const LIST_REACH = 30;
