/**
 * "3 000", "12 500 000", "R4 500": thousands set off by spaces (plain, no-break, thin or narrow
 * no-break), as French, South African and SI-style copy writes them. Decides only whether the digits
 * after a number's first group belong to it; numbers.ts reads the value.
 */
import { classOf, isDigit, LETTER, spacesBefore } from '../chars';
import { dottedWordBefore } from '../scan';
import { isMonth } from './month-words';

/** The separators such copy uses between groups; a line break or tab never joins two numbers. */
const isGroupSpace = (c: number): boolean => c === 32 || c === 0xa0 || c === 0x2009 || c === 0x202f;

/**
 * Groups of exactly three digits, each after one separator, that end the number: no digit, no
 * decimal ("3 000.5", "3 000,5" mix notations) and no further group of another length ("555 123
 * 4567", a phone number) right after them.
 */
const GROUPS = /(?:[ \u00A0\u2009\u202F]\d{3})+(?![\d]|[.,]\d|[ \u00A0\u2009\u202F]\d)/y;

/**
 * Length of the space-set groups after the first group of digits, text[start, end) of `slice`
 * (one to three digits, no comma or decimals: the caller checks), or 0 where they are no part of it:
 * after a month's day ("May 15 300 people" is a date, then a count) or after another number ("1 2 300",
 * "in 2015 300 people", a list or a year).
 */
export function spaceGroupsLength(slice: string, start: number, end: number): number {
  if (!isGroupSpace(slice.charCodeAt(end)) || !isDigit(slice.charCodeAt(end + 1))) return 0;
  GROUPS.lastIndex = end;
  const m = GROUPS.exec(slice);
  if (!m) return 0;
  const gap = spacesBefore(slice, start);
  if (gap === start) return m[0].length;
  const c = slice.charCodeAt(gap - 1);
  if (isDigit(c)) return 0;
  // A day right after its month ("May 1", "Aug. 12"); "May, 1 300" is no date.
  const day = end - start <= 2 && Number(slice.slice(start, end)) <= 31 && (c === 46 || (classOf(c) & LETTER) !== 0);
  return day && isMonth(dottedWordBefore(slice, Math.max(0, gap - 10), gap)) ? 0 : m[0].length;
}

/**
 * "some 31, 418 households": a printed space after the thousands comma still makes one number where exactly three digits
 * and then a lower-case noun follow; length of ", 746" after the first group text[start, end), or 0. Not after a month's day
 * ("March 20, 746 people") nor inside a list of numbers ("4, 20, 746 …").
 */
const COMMA_SPACE_GROUP = /^, \d{3}(?= \p{Ll})/u;
export function commaSpaceGroupLength(slice: string, start: number, end: number): number {
  if (slice.charCodeAt(end) !== 44 || !COMMA_SPACE_GROUP.test(slice.slice(end, end + 7))) return 0; // ,
  const gap = spacesBefore(slice, start);
  // "died of COVID-19, 225 cremations": digits glued to a hyphen or a letter close a name or a code, no count's first group.
  if (gap === start) return start > 0 && (slice.charCodeAt(start - 1) === 45 || (classOf(slice.charCodeAt(start - 1)) & LETTER) !== 0) ? 0 : 5;
  const c = slice.charCodeAt(gap - 1);
  if (isDigit(c) || c === 44) return 0;
  return isMonth(dottedWordBefore(slice, Math.max(0, gap - 10), gap)) ? 0 : 5;
}
