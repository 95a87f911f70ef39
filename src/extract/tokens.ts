import { ASCII, classAt, classOf, codeAt, INVISIBLE, LETTER, LOWER, MARK, NUMBER, UPPER, widthAt } from './chars';
import { NAME_PARTICLES } from './lexicon';
import type { Sentence } from './sentences';
import { CONNECTOR, NAME_ADJECTIVE_SUFFIX, WEAK_CONNECTOR, wordClass } from './wordclass';

/** A word with its offsets in the article text. */
export interface Token {
  text: string;
  lower: string;
  start: number;
  end: number;
  /** A trailing ’s was cut off: the word ends any name it is part of. */
  possessive: boolean;
  /** Starts with a capital, or has one after a lower-case or digit prefix ("eBay", "3M"); not "pro-Kremlin". */
  capitalised: boolean;
  /** Lexicon classes of `lower` (wordclass.ts), looked up once. */
  cls: number;
  /** What the word is made of: DIGIT and MIXED bits. */
  shape: number;
  /** Opens its sentence or a quotation, so its capital says nothing about it being a name. */
  initial: boolean;
}

// Invisible characters (soft hyphen, zero-width joiners) are kept inside words so that a name
// broken by one stays one word; keys strip them (see `plain`).
const INVISIBLE_RE = /[\u00AD\u200B-\u200D\u2060]/g;
const INNER = LETTER | NUMBER | MARK | INVISIBLE;
// A colon opens a quotation or a list, whose first word is capitalised by its place ("the same message: Sorry, …").
// Char codes of “ " « „ ‘ ( :, read before every word.
const OPENERS = new Set([0x201c, 34, 0xab, 0x201e, 0x2018, 40, 58]);

/** Removes invisible characters, for comparisons and names. */
export function plain(s: string): string {
  // Most strings have none: the expression runs only on those that do.
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 128 && classOf(c) & INVISIBLE) return s.replace(INVISIBLE_RE, '');
  }
  return s;
}

/** The word has an ASCII digit. */
export const DIGIT = 1;
/** The word has something besides ASCII letters and digits (a sign, a mark, a letter beyond ASCII). */
export const MIXED = 2;

const isJoiner = (c: number): boolean => c === 0x2019 || c === 39 || c === 46 || c === 38 || c === 45; // ’ ' . & -

/**
 * Words of the whole text, in order; read once and shared by every stage. A word is a letter or
 * digit followed by letters, digits, marks and invisible characters, joined by ’ ' . & - to the
 * next letter or digit, with an optional "+" ("LGBTQ+"). `sents` mark the words that open one.
 */
export function tokenize(text: string, sents: readonly Sentence[]): Token[] {
  const out: Token[] = [];
  const n = text.length;
  let s = 0;
  let prevEnd = -1;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    // Code units below the surrogates are whole characters; ASCII ones are read from a table.
    const first = c < 128 ? ASCII[c]! : c < 0xd800 ? classOf(c) : classAt(text, i);
    if (!(first & (LETTER | NUMBER))) {
      i += c < 0xd800 ? 1 : widthAt(text, i);
      continue;
    }
    const start = i;
    let invisible = false;
    // Read along the way: whether lower-casing can change the word, its shape, and whether it is
    // capitalised (the first letter, or the first after a lower-case or digit prefix, is a capital).
    let upper = mayLowerCase(c);
    let shape = shapeOf(c);
    const prefix = first & UPPER ? 0 : first & LOWER ? LOWER : first & NUMBER ? NUMBER : 0;
    let capitalised: boolean | null = prefix ? null : (first & UPPER) !== 0;
    i += c < 0xd800 ? 1 : widthAt(text, i);
    for (;;) {
      while (i < n) {
        const d = text.charCodeAt(i);
        // The loop runs for every character of every word: ASCII ones (letters and digits here) are
        // read from the table alone, where mayLowerCase is UPPER and shapeOf is DIGIT or nothing.
        if (d < 128) {
          const k = ASCII[d]!;
          if (!(k & INNER)) break;
          if (capitalised === null && !(k & prefix)) capitalised = (k & UPPER) !== 0;
          if (k & UPPER) upper = true;
          if (k & NUMBER) shape |= DIGIT;
          i++;
          continue;
        }
        const k = d < 0xd800 ? classOf(d) : classAt(text, i);
        if (!(k & INNER)) break;
        if (k & INVISIBLE) invisible = true;
        if (capitalised === null && !(k & prefix)) capitalised = (k & UPPER) !== 0;
        upper = true;
        shape |= MIXED;
        i += d < 0xd800 ? 1 : widthAt(text, i);
      }
      const joiner = codeAt(text, i);
      if (i + 1 < n && isJoiner(joiner) && classAt(text, i + 1) & (LETTER | NUMBER)) {
        // "Berlin-based": the word (and any name it ends) stops at the hyphen.
        if (joiner === 45 && capitalised === true && adjectiveSuffixAt(text, i + 1)) break;
        // "al-Ahram", "Karim al-Haddad": after an Arabic article the capital of the next part decides.
        if (!(joiner === 45 && capitalised === null && isArticle(text, start, i))) capitalised ??= false;
        upper ||= mayLowerCase(joiner);
        shape |= shapeOf(joiner);
        i++;
        continue;
      }
      break;
    }
    if (i < n && text.charCodeAt(i) === 43) i++; // +
    const last = text.charCodeAt(i - 1);
    const possessive = (last === 115 || last === 83) && i - start > 2 && isApostrophe(text.charCodeAt(i - 2));
    const end = possessive ? i - 2 : i;
    const word = text.slice(start, end);
    // What was read covers the cut ’s too: without it, the word is read again.
    if (end < i) ({ upper, shape } = reread(word));
    else if (text.charCodeAt(end - 1) === 43) shape |= MIXED;
    // Lower-casing costs more than the rest of a word's reading: skip it where nothing would change.
    const lower = invisible ? plain(word).toLowerCase() : upper ? word.toLowerCase() : word;
    while (s < sents.length && sents[s]!.end <= start) s++;
    const initial = s < sents.length && sents[s]!.start >= prevEnd ? true : opensQuote(text, prevEnd, start);
    out.push({ text: word, lower, start, end, possessive, capitalised: capitalised ?? false, cls: wordClass(lower), shape, initial });
    prevEnd = end;
  }
  return out;
}

/** The word at `start` is the last part of a hyphenated word and makes an adjective of a name ("based"). */
function adjectiveSuffixAt(text: string, start: number): boolean {
  let end = start;
  while (end < text.length && classAt(text, end) & LETTER) end += widthAt(text, end);
  if (end < text.length && isJoiner(text.charCodeAt(end)) && end + 1 < text.length && classAt(text, end + 1) & (LETTER | NUMBER)) return false;
  return (wordClass(text.slice(start, end).toLowerCase()) & NAME_ADJECTIVE_SUFFIX) !== 0;
}

/** Lower-case Arabic articles written before a name with a hyphen ("al-", "el-", "ash-"). */
const ARTICLES = new Set(['al', 'el', 'ad', 'ash', 'as', 'at', 'az', 'ar', 'an']);
const isArticle = (text: string, start: number, end: number): boolean => end - start <= 3 && ARTICLES.has(text.slice(start, end));

/** DIGIT for an ASCII digit, nothing for an ASCII letter, MIXED for anything else. */
const shapeOf = (c: number): number =>
  c >= 48 && c <= 57 ? DIGIT : (c >= 65 && c <= 90) || (c >= 97 && c <= 122) ? 0 : MIXED;

/** Lower-casing may change this code unit: an ASCII capital, or anything beyond ASCII. */
const mayLowerCase = (c: number): boolean => c >= 128 || (c >= 65 && c <= 90);

/** `upper` and `shape` of a word, read on their own. */
function reread(word: string): { upper: boolean; shape: number } {
  let upper = false;
  let shape = 0;
  for (let i = 0; i < word.length; i++) {
    upper ||= mayLowerCase(word.charCodeAt(i));
    shape |= shapeOf(word.charCodeAt(i));
  }
  return { upper, shape };
}

/** ’ or ': what a possessive's "s" and a plural's possessive follow. */
export const isApostrophe = (c: number): boolean => c === 0x2019 || c === 39;

/** The gap before a word ends with an opening quote or bracket (spaces allowed after it). */
function opensQuote(text: string, from: number, to: number): boolean {
  let i = to - 1;
  // "… evening. ”Hopefully, we …": some pages open quotes with ”; set against the word after a space, it opens one.
  if (codeAt(text, i) === 0x201d && i >= from && (i === 0 || isSpaceAt(text, i - 1))) return true;
  while (i >= from && (text.charCodeAt(i) === 32 || text.charCodeAt(i) === 0xa0)) i--;
  return i >= from && OPENERS.has(text.charCodeAt(i));
}

const isSpaceAt = (text: string, i: number): boolean => text.charCodeAt(i) === 32 || text.charCodeAt(i) === 10 || text.charCodeAt(i) === 0xa0;

/** All capitals and at least two letters long ("BBC", "LGBTQ+"). */
export function isAcronym(word: string): boolean {
  let count = 0;
  let uppers = 0;
  let adjacent = false;
  let prev = 0;
  for (let i = 0; i < word.length; i += widthAt(word, i)) {
    const c = word.charCodeAt(i);
    const k = classAt(word, i);
    if (!(k & (UPPER | NUMBER)) && c !== 38 && c !== 46 && c !== 43 && c !== 45) return false; // & . + -
    if (k & UPPER) uppers++;
    if ((k & UPPER && prev & NUMBER) || (k & NUMBER && prev & UPPER)) adjacent = true;
    prev = k;
    count++;
  }
  return count >= 2 && (uppers >= 2 || adjacent);
}

/** Longest mixed-case short form read as an acronym: "AfD", "DfT", but no surname such as "McCain". */
const MAX_MIXED_SHORT_FORM = 6;

/**
 * An acronym, or a short word of letters that opens and ends with a capital ("AfD", "DfT"): the
 * forms a name is abbreviated to.
 */
export function isShortForm(word: string): boolean {
  if (isAcronym(word)) return true;
  if (word.length > MAX_MIXED_SHORT_FORM || !(classAt(word, 0) & UPPER) || !(classAt(word, word.length - 1) & UPPER)) return false;
  for (let i = 1; i < word.length - 1; i++) if (!(classAt(word, i) & LETTER)) return false;
  return true;
}

/** The word is a lower-case particle of a person's name as written ("von", "der", not "Von"). */
export const isParticle = (t: Token): boolean => t.text === t.lower && NAME_PARTICLES.has(t.lower);

/** The word is a connector of names as written ("of", not "Of"). */
export const isConnector = (t: Token): boolean => (t.cls & CONNECTOR) !== 0 && t.text === t.lower;
export const isWeakConnector = (t: Token): boolean => (t.cls & WEAK_CONNECTOR) !== 0 && t.text === t.lower;
