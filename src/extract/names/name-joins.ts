/** Which gaps join two words into one name: a space, an ampersand, a title’s full stop, a possessive’s ’s, an en dash between short forms. */

import { isApostrophe, type Token } from '../tokens';
import { ABBREVIATION, FUNCTION, GIVEN_NAME } from '../wordclass';

/**
 * Only a plain space or an ampersand joins two words of a name, or the full stop of a title, an
 * initial ("Dr. Jo") or a dotted acronym ("U.S. Geological Survey"), none of which ends a sentence.
 */
export function joins(text: string, a: Token, b: Token): boolean {
  // Compared by length and characters: this runs for every word pair, and slicing each gap costs more.
  const n = b.start - a.end;
  const c = text[a.end];
  if (n === 1 && (c === ' ' || c === '\u00a0')) return true;
  // "the ONP–KDR report": an en dash printed for the hyphen between two short forms joins them as the hyphen does.
  if (n === 1 && c === '\u2013') return isShortForm(a.text) && isShortForm(b.text);
  if (n === 3 && c === ' ' && text[a.end + 1] === '&' && text[a.end + 2] === ' ') return true;
  const dot = c === '.' && (n === 1 || (n === 2 && text[a.end + 1] === ' '));
  return dot && ((a.cls & ABBREVIATION) !== 0 || (a.capitalised && ((a.text.length === 1 && !endsSlashCode(text, a)) || a.text.charCodeAt(a.text.length - 2) === 46)));
}

/** "the K/V/N. Output fell": a letter after a slash ends a code of slash-joined letters, whose full stop ends the sentence; no initial. */
const endsSlashCode = (text: string, a: Token): boolean => text.charCodeAt(a.start - 1) === 47; // /

const isShortForm = (w: string): boolean => /^\p{Lu}{2,6}$/u.test(w);
/** A name's lower-case words, short forms joined by an en dash made one word as the hyphen makes them ("ONP–KDR" is "ONP-KDR"). */
export function nameWords(text: string, tokens: readonly Token[]): string[] {
  const words: string[] = [];
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k]!;
    if (k > 0 && t.start - 1 === tokens[k - 1]!.end && text.charCodeAt(t.start - 1) === 0x2013) words[words.length - 1] += `-${t.lower}`;
    else words.push(t.lower);
  }
  return words;
}

/** The possessive’s "’s " or the plural’s "’ " and nothing else stands between the two words. */
export const joinsAfterPossessive = (text: string, a: Token, b: Token): boolean => b.start === (a.possessive ? a.end + 3 : a.end + 2) && text[b.start - 1] === ' ';

/** tokens[i] is a capitalised word joined to the one before it. */
export const capitalisedAfter = (text: string, tokens: readonly Token[], i: number, to: number): boolean =>
  i < to && tokens[i]!.capitalised && joins(text, tokens[i - 1]!, tokens[i]!);

const IRREGULAR_PLURALS = new Set(['people', 'women', 'men', 'children']);
/** The word ends in "s" (read as a code unit: this runs for every word of a run). */
export const endsInS = (w: string): boolean => w.charCodeAt(w.length - 1) === 115;
/** A plural noun: an irregular one, or a word of four letters or more in "s". */
export const isPluralNoun = (t: Token): boolean => IRREGULAR_PLURALS.has(t.lower) || (t.lower.length > 3 && endsInS(t.lower));
/** "Workers’ Party": an apostrophe right after a word in "s", then a space. */
export const isPluralApostrophe = (text: string, t: Token): boolean => endsInS(t.lower) && isApostrophe(text.charCodeAt(t.end)) && text[t.end + 1] === ' ';

/**
 * "President Tomas  Varnek": two spaces after a given name, before a capitalised word, are a typo inside one name, not
 * two names (a given name alone is no one's name in news).
 */
export const joinsAfterGivenName = (text: string, a: Token, b: Token): boolean =>
  b.start - a.end === 2 && text[a.end] === ' ' && text[a.end + 1] === ' ' && (a.cls & GIVEN_NAME) !== 0 && !a.possessive && b.capitalised && !(b.cls & FUNCTION);
