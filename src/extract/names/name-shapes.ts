/** What a name looks like: a person's shape, a body's head word, a span short and lettered enough to be one name. */

import { classAt, LETTER, NUMBER, widthAt } from '../chars';
import { HONORIFICS, NAME_SUFFIXES } from '../lexicon';
import { isAcronym, isConnector, isParticle, type Token } from '../tokens';
import { DEMONYM, FUNCTION, GENERIC_ACRONYM, HEAD_WORD, NAMES_ALONE, PLACE_NOUN, ROLE_HEAD, ROLE_MODIFIER } from '../wordclass';

/** A head word ("Council", "Ministry") makes the words a body's name. */
export const isHeadToken = (t: Token): boolean => (t.cls & HEAD_WORD) !== 0;

/**
 * Up to four words, not counting connectors ("Luiz Inácio Lula da Silva"), with no head and no "of";
 * not a suffix alone ("Martin Luther King Jr" has no title). A name with a particle may have five:
 * Portuguese and Spanish names join two family names to two given ones ("Ana Maria Costa dos Reis Lima").
 */
export const isPersonLike = (name: Token[]): boolean =>
  name.length > 0 &&
  !(name.length === 1 && NAME_SUFFIXES.has(name[0]!.lower)) &&
  personWords(name) <= (name.some(isParticle) ? 5 : 4) &&
  !isHeadToken(name[name.length - 1]!) &&
  !name.some((w) => w.text === 'of');

/** The words of a name other than its connectors and particles (counted, not filtered into an array: this runs for every name part). */
function personWords(name: Token[]): number {
  let n = 0;
  for (const w of name) if (!isConnector(w) && !isParticle(w)) n++;
  return n;
}

/** Longer spans are headlines or garbage, not names. */
export const MAX_NAME_WORDS = 8;

/**
 * The words a name's length is counted in: "of the", "for the" and "on the", which join the parts of one
 * body's name (see capitalisedRun), are not, so that "the United Nations Office for the Coordination
 * of Humanitarian Affairs" is as long as one name of seven words.
 */
export function nameLength(words: readonly Token[]): number {
  let n = words.length;
  for (let k = 1; k < words.length; k++) if (words[k]!.text === 'the' && (words[k - 1]!.text === 'of' || words[k - 1]!.text === 'for' || words[k - 1]!.text === 'on')) n -= 2;
  return n;
}

export function isName(words: Token[]): boolean {
  if (nameLength(words) > MAX_NAME_WORDS) return false;
  if (words.every((w) => w.cls & DEMONYM)) return false;
  // The generic acronyms are single words.
  if (words.length > 1) return true;
  const w = words[0]!;
  // "Region" of "Region 4-A": a place noun alone names nothing; nor does "Jr" of "Marcos, Jr.".
  if (w.cls & (GENERIC_ACRONYM | ROLE_HEAD | PLACE_NOUN) || (w.cls & ROLE_MODIFIER && !(w.cls & NAMES_ALONE)) || NAME_SUFFIXES.has(w.lower)) return false;
  if (w.cls & FUNCTION && !isAcronym(w.text)) return false;
  return letterThenWordChar(w.text);
}

/**
 * Where what is written after a name ending at `end` in `lastWord` (lower case) starts: after the full
 * stop of a suffix ("Ana Ruiz Jr., a lawyer"), which is no mark of the sentence (its apposition's comma follows).
 */
export const nameEnd = (text: string, end: number, lastWord: string): number => (text.charCodeAt(end) === 46 && NAME_SUFFIXES.has(lastWord) ? end + 1 : end); // .

/** "Mr English", "Dr French": a lone demonym right after an honorific is a surname, not a nationality. */
export function surnameAfterHonorific(run: Token[], words: Token[]): boolean {
  const before = run[run.indexOf(words[0]!) - 1];
  return words.length === 1 && (words[0]!.cls & DEMONYM) !== 0 && before !== undefined && HONORIFICS.has(before.lower);
}

/** /\p{L}.*[\p{L}\p{N}]/u: a letter with a letter or digit somewhere after it. */
function letterThenWordChar(word: string): boolean {
  let letter = false;
  for (let i = 0; i < word.length; i += widthAt(word, i)) {
    const k = classAt(word, i);
    if (letter && k & (LETTER | NUMBER)) return true;
    if (k & LETTER) letter = true;
  }
  return false;
}

/**
 * "FreedomWorks", "BuzzFeed": one word joining two capitalised words, the first of four letters or
 * more, as brands and groups are written; surnames with a prefix ("McDonald", "DeSantis", "MacArthur") have a shorter first part.
 */
export const isJoinedCapitals = (word: string): boolean => JOINED_CAPITALS.test(word);
const JOINED_CAPITALS = /^\p{Lu}\p{Ll}{3,}\p{Lu}\p{Ll}+$/u;
