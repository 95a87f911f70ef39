/** Another name written right beside a name: "better known as …", or a short form in brackets that abbreviates it. */

import { abbreviates } from './merge';
import type { Occurrence } from './occurrence';
import { firstFrom } from '../ranges';
import { isShortForm, type Token } from '../tokens';
import { ROLE_HEAD } from '../wordclass';

/** ", better known as the ", "(also known as ", "(international name ": what sets another name of the name before it. */
const KNOWN_AS = /^\s*[,(]\s*(?:(?:(?:also|better|more commonly|commonly|widely)\s+)?known\s+as\s+(?:the\s+)?|(?:international|local|official)\s+name\s+)$/;
/** Longest text between a name and another name of it ("…, more commonly known as the …"). */
const KNOWN_AS_REACH = 40;

/** The name at `start` is set after `prev` as another name of it. */
export function isKnownAs(text: string, start: number, prev: Occurrence | undefined): boolean {
  if (!prev || start - prev.end > KNOWN_AS_REACH || !(text.startsWith('as ', start - 3) || text.startsWith('the ', start - 4) || text.startsWith('name ', start - 5))) return false;
  return KNOWN_AS.test(text.slice(prev.end, start));
}

/**
 * "the International Monetary Fund (IMF)", "Alternative for Germany (AfD)": a short form in brackets
 * right after a capitalised word abbreviates the name before it (the bracket makes it look sentence-initial).
 */
export function abbreviatesNameBefore(text: string, tokens: readonly Token[], t: Token, from: number): boolean {
  if (text[t.start - 1] !== '(' || text[t.end] !== ')' || !isShortForm(t.text)) return false;
  const k = tokens.indexOf(t, from);
  const prev = k > 0 ? tokens[k - 1] : undefined;
  return prev !== undefined && prev.capitalised && prev.end === t.start - 2 && text[prev.end] === ' ';
}

/**
 * "the Bangsamoro Autonomous Region in Muslim Mindanao (BARMM)": a short form in brackets right after
 * the words, whose letters are their initials, says they are one name across their connectors. It opens with the first
 * word's initial: "Police in Democratic Republic (DR) of Varn" is the police of a country the bracket abbreviates.
 */
export function abbreviatedAfter(text: string, words: Token[]): boolean {
  const end = words[words.length - 1]!.end;
  if (words.length < 3 || text.charCodeAt(end) !== 32 || text.charCodeAt(end + 1) !== 40) return false; // space, (
  // Looked for within the short form's reach only: an unclosed bracket costs no scan of the rest.
  const close = text.slice(end + 2, end + 3 + MAX_BRACKETED_SHORT_FORM).indexOf(')') + end + 2;
  if (close < end + 2) return false;
  const short = text.slice(end + 2, close);
  const key = short.toLowerCase();
  return isShortForm(short) && key[0] === words[0]!.lower[0] && abbreviates(key, words.map((w) => w.lower));
}

/**
 * "the International Federation of Ostra Cross (IFOC) and Varn Crescent Societies": a body's name that runs on across
 * "and" after the short form set in brackets inside it. The name before the bracket, which the short form abbreviates,
 * among `found`, whose last ones are that name and its short form; null where no name runs on to `start`. The words after "and"
 * end in a plural head that both halves share ("Societies"); "(OMA) and Varn Nurses Union" is a second body.
 */
export function nameRunningOn(text: string, start: number, found: readonly Occurrence[]): Occurrence | null {
  const m = RUNS_ON.exec(text.slice(Math.max(0, start - MAX_BRACKETED_SHORT_FORM - 10), start));
  if (!m) return null;
  const at = start - m[0].length;
  const name = found.findLast((o) => o.end <= at);
  return name && name.end === at && abbreviates(m[1]!.toLowerCase(), name.words) ? name : null;
}
/** " (IFOC) and ": a short form in brackets, then "and". */
const RUNS_ON = /\s\(([^()\s]+)\) and $/;

/** Longest short form read in brackets after a name. */
const MAX_BRACKETED_SHORT_FORM = 10;

/**
 * "Earnings per share (EPS)", "the Cabinet Secretary (CS)": a short form in brackets whose letters are
 * the initials of the words right before it, when those are lower-case after the first or end in a
 * title, abbreviates a term or a title, no one's name. The short forms, as written.
 */
export function termShortForms(text: string, tokens: readonly Token[]): Set<string> {
  const out = new Set<string>();
  // Read from each "(" of the text to the word right after it, not word by word: brackets are few.
  for (let p = text.indexOf('('); p >= 0; p = text.indexOf('(', p + 1)) {
    const k = firstFrom(tokens, p + 1);
    const t = tokens[k];
    if (k < 1 || t === undefined || t.start !== p + 1 || text.charCodeAt(t.end) !== 41 || !isShortForm(t.text) || t.text.length > k) continue; // )
    const words = tokens.slice(k - t.text.length, k);
    if (words.some((w, i) => i > 0 && w.start !== words[i - 1]!.end + 1) || words[words.length - 1]!.end !== t.start - 2) continue;
    if (words.map((w) => w.lower[0]).join('') !== t.lower) continue;
    if (words.slice(1).every((w) => !w.capitalised) || words[words.length - 1]!.cls & ROLE_HEAD) out.add(t.text);
  }
  return out;
}

/** Quotation marks, opening and closing, that set off the name a person goes by. */
const OPENING_QUOTES = new Set(["'", '‘', '"', '“']);
const CLOSING_QUOTES = new Set(["'", '’', '"', '”']);

/**
 * "Prime Minister Tarvo Kel Ostrani ‘Varnak’ visited the town … Prime Minister Varnak said": one word in quotation
 * marks right after a name of several words is the name its bearer goes by, as "better known as" would say.
 */
export function isQuotedAlias(text: string, start: number, end: number, prev: Occurrence | undefined): boolean {
  return (
    prev !== undefined &&
    prev.words.length > 1 &&
    prev.end + 2 === start &&
    text[prev.end] === ' ' &&
    OPENING_QUOTES.has(text[start - 1]!) &&
    CLOSING_QUOTES.has(text[end]!) &&
    !/\s/.test(text.slice(start, end))
  );
}
