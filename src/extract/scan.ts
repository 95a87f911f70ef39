/**
 * Scanners for the words next to a position in the text. Each does what the regular expression in
 * its comment does on the same window, without trying the expression at every offset of it.
 */
import { charBefore, classAt, DOT, HYPHEN, LETTER, LOWER, NUMBER, SPACE, spacesFrom, UPPER, widthAt } from './chars';

/** The last word of a phrase, after its last space: its head noun ("bodies" in "victims' bodies"). */
export const lastWord = (phrase: string): string => phrase.slice(phrase.lastIndexOf(' ') + 1);
import { REPORTING_VERB, VERB_FILLER, wordClass } from './wordclass';


/** Start of the run of characters of `cls` or hyphens ending at `end`, not before `lo`. */
function runBefore(text: string, lo: number, end: number, cls: number): number {
  let i = end;
  while (i > lo) {
    const p = charBefore(text, i);
    if (p < lo || !(text.charCodeAt(p) === HYPHEN || classAt(text, p) & cls)) break;
    i = p;
  }
  return i;
}

/** End of the run of characters of `cls` (and hyphens, if `hyphens`) starting at `start`, not after `hi`. */
function runAfter(text: string, start: number, hi: number, cls: number, hyphens: boolean): number {
  let i = start;
  while (i < hi) {
    const w = widthAt(text, i);
    if (i + w > hi || !((hyphens && text.charCodeAt(i) === HYPHEN) || classAt(text, i) & cls)) break;
    i += w;
  }
  return i;
}

function spacesBefore(text: string, lo: number, end: number): number {
  let i = end;
  while (i > lo && classAt(text, i - 1) & SPACE) i--;
  return i;
}

/** `/([\p{L}-]+)\s+(?:the\s+)?$/u` on text[lo, end), lower-cased: "in" for "in the Alps", or "". */
export function wordBefore(text: string, lo: number, end: number): string {
  const gap = spacesBefore(text, lo, end);
  if (gap === end) return '';
  const start = runBefore(text, lo, gap, LETTER);
  if (start === gap) return '';
  if (gap - start === 3 && text.startsWith('the', start)) {
    const gap0 = spacesBefore(text, lo, start);
    const start0 = gap0 < start ? runBefore(text, lo, gap0, LETTER) : gap0;
    if (start0 < gap0) return text.slice(start0, gap0).toLowerCase();
  }
  return text.slice(start, gap).toLowerCase();
}

/** `/([\p{Ll}-]+),?\s+$/u` on text[lo, end): the lower-case word before a name ("spokeswoman"), or "". */
export function lowerWordBefore(text: string, lo: number, end: number): string {
  const gap = spacesBefore(text, lo, end);
  if (gap === end) return '';
  const wordEnd = gap > lo && text.charCodeAt(gap - 1) === 44 ? gap - 1 : gap; // ,
  const start = runBefore(text, lo, wordEnd, LOWER);
  return text.slice(start, wordEnd);
}

/** `/^\s+([\p{Ll}-]+)/u` on text[start, hi): the lower-case word after a name ("newspaper"), or "". */
export function lowerWordAfter(text: string, start: number, hi: number): string {
  const from = spacesFrom(text, start, hi);
  return from === start ? '' : text.slice(from, runAfter(text, from, hi, LOWER, true));
}

/** `/([\p{L}.]+)[^\p{L}\p{N}]*$/u` on text[lo, end): the word before a number, with its dots ("No.", "p."), or "". */
export function dottedWordBefore(text: string, lo: number, end: number): string {
  // The last letter or digit of the window; the word holds it, or else it is dots after it.
  let last = -1;
  for (let i = end; i > lo; ) {
    const p = charBefore(text, i);
    if (p < lo) break;
    if (classWithin(text, p, end) & (LETTER | NUMBER)) {
      last = p;
      break;
    }
    i = p;
  }
  if (last >= 0 && classAt(text, last) & LETTER) {
    let stop = last + widthAt(text, last);
    while (stop < end && text.charCodeAt(stop) === DOT) stop++;
    let start = last;
    while (start > lo) {
      const p = charBefore(text, start);
      if (p < lo || !(text.charCodeAt(p) === DOT || classAt(text, p) & LETTER)) break;
      start = p;
    }
    return text.slice(start, stop);
  }
  let start = last < 0 ? lo : last + 1;
  while (start < end && text.charCodeAt(start) !== DOT) start++;
  let stop = start;
  while (stop < end && text.charCodeAt(stop) === DOT) stop++;
  return text.slice(start, stop);
}

/** Class bits of the character at `i`, as a window ending at `end` sees it (outside it, or half a surrogate pair: no class). */
export const classWithin = (text: string, i: number, end: number): number =>
  i >= end || (widthAt(text, i) === 2 && i + 2 > end) ? 0 : classAt(text, i);

/** `/\s+of\s+$/` holds for text[lo, end) ("the town of "): a cheap test before a costlier expression. */
export function endsWithOf(text: string, lo: number, end: number): boolean {
  const gap = spacesBefore(text, lo, end);
  return gap < end && gap - 2 >= lo && text.startsWith('of', gap - 2);
}

/**
 * "… has also reported": after an optional comma, only auxiliaries and adverbs (VERB_FILLERS) stand
 * between `start` and a reporting verb within text[start, hi); any other word or sign says no.
 */
export function reportsAfter(text: string, start: number, hi: number): boolean {
  let i = start < hi && text.charCodeAt(start) === 44 ? start + 1 : start;
  for (;;) {
    i = spacesFrom(text, i, hi);
    if (i >= hi) return false;
    const end = runAfter(text, i, hi, LETTER, false);
    // A sign or a digit is no word of the lexicon.
    if (end === i) return false;
    const cls = wordClass(text.slice(i, end).toLowerCase());
    if (cls & REPORTING_VERB) return true;
    if (!(cls & VERB_FILLER)) return false;
    i = end;
  }
}

/** `/^[^\p{L}\p{N}]*(\p{L}+)/u` on text[start, hi): the first word after signs and spaces, or "" when a digit comes first. */
export function lettersAfter(text: string, start: number, hi: number): string {
  let i = start;
  while (i < hi && !(classWithin(text, i, hi) & (LETTER | NUMBER))) i += widthAt(text, i);
  let end = i;
  while (end < hi && classWithin(text, end, hi) & LETTER) end += widthAt(text, end);
  return text.slice(i, end);
}

/** `/^\s+(\p{Ll}[\p{L}'’-]*)/u` on text[start, hi): the lower-case word after spaces, or "". */
export function lowerWordAfterSpaces(text: string, start: number, hi: number): string {
  const from = spacesFrom(text, start, hi);
  if (from === start || !(classWithin(text, from, hi) & LOWER)) return '';
  return text.slice(from, wordEnd(text, from + widthAt(text, from), hi));
}

/** End of `[\p{L}'’-]*` from `i`, not after `hi`: the rest of a word that may hold apostrophes and hyphens. */
export function wordEnd(text: string, i: number, hi: number): number {
  while (i < hi) {
    const c = text.charCodeAt(i);
    if (!(c === 39 || c === 0x2019 || c === HYPHEN || classWithin(text, i, hi) & LETTER)) break;
    i += widthAt(text, i);
  }
  return i;
}

/** `/\p{Lu}[\p{L}’'-]*,\s$/u` on text[lo, end): a capitalised word, a comma and a space end the window ("Pettifer, "). */
export function endsWithNameAndComma(text: string, lo: number, end: number): boolean {
  if (end - lo < 3 || !(classAt(text, end - 1) & SPACE) || text.charCodeAt(end - 2) !== 44) return false;
  for (let i = end - 2; i > lo; ) {
    const p = charBefore(text, i);
    if (p < lo) return false;
    const c = text.charCodeAt(p);
    const k = classAt(text, p);
    if (k & UPPER) return true;
    if (!(k & LETTER || c === 39 || c === 0x2019 || c === HYPHEN)) return false;
    i = p;
  }
  return false;
}

/** `/^(?:-\p{L}|\p{L})/u` on text[start, hi): a letter, or a hyphen and a letter, comes next ("-year-old", "G"). */
export function letterFollows(text: string, start: number, hi: number): boolean {
  const at = start < hi && text.charCodeAt(start) === HYPHEN ? start + 1 : start;
  return at < hi && (classWithin(text, at, hi) & LETTER) !== 0;
}

/** Start of the run of letters ending at `end`, not before `lo`. */
export function lettersBefore(text: string, lo: number, end: number): number {
  let i = end;
  while (i > lo) {
    const p = charBefore(text, i);
    if (p < lo || !(classAt(text, p) & LETTER)) break;
    i = p;
  }
  return i;
}

/**
 * `/([\p{L}]+)\s+\p{L}+\s+(?:the\s+)?$/u` on text[lo, end): the word before the last word (and a
 * "the"), as in "shares" for "shares in (the) Norrland", or "".
 */
export function wordBeforeLast(text: string, lo: number, end: number): string {
  const gap = spacesBefore(text, lo, end);
  if (gap === end) return '';
  const last = lettersBefore(text, lo, gap);
  if (last === gap) return '';
  // The window may end in "the ": then the two words before it are read first.
  if (gap - last === 3 && text.startsWith('the', last)) {
    const found = twoWordsBefore(text, lo, last);
    if (found !== null) return found;
  }
  return twoWordsBefore(text, lo, end) ?? '';
}

/** The first of two words, each followed by spaces, that end text[lo, end), or null. */
function twoWordsBefore(text: string, lo: number, end: number): string | null {
  const gap2 = spacesBefore(text, lo, end);
  if (gap2 === end) return null;
  const second = lettersBefore(text, lo, gap2);
  if (second === gap2) return null;
  const gap1 = spacesBefore(text, lo, second);
  if (gap1 === second) return null;
  const first = lettersBefore(text, lo, gap1);
  return first === gap1 ? null : text.slice(first, gap1);
}
