import { REPORTING_PARTICIPLES, REPORTING_VERBS } from './lexicon';
import type { Range } from './sentences';

/** A quotation: one or more quoted segments of one paragraph ("A," he said. "B."). */
export interface Quote {
  /** Offset of the first opening mark. */
  open: number;
  /** Offset just after the last closing mark, or the paragraph end when never closed. */
  close: number;
  /** Quoted text without the marks, one range per segment. */
  segments: Range[];
  para: number;
  /** False when the quote runs to the paragraph end without a closing mark (it goes on in the next paragraph). */
  closed: boolean;
}

const CLOSER: Record<string, string> = { '“': '”', '"': '"', '«': '»', '„': '“', '‘': '’', "'": "'" };
const ANY_CLOSER = /[”"»’“']/;
const MIN_WORDS = 3;
/** Longest text between two quoted segments that can still be a "he said" interruption. */
const MAX_INTERRUPTION = 80;

const isSpace = (c: string | undefined): boolean => c === undefined || /\s/.test(c);
const isWordChar = (c: string | undefined): boolean => c !== undefined && /[\p{L}\p{N}]/u.test(c);

/**
 * Quotations of every paragraph. Straight quotes and ‘ open only at a word start (’ and ' double as
 * apostrophes, so they close only where no letter follows); a quote left open closes at a stray closing mark after end punctuation (“… place.’)
 * or at the paragraph end, the convention for quotes running over several paragraphs. Quotes of
 * fewer than three words are scare quotes or titles, not speech.
 */
export function findQuotes(text: string, paras: Range[]): Quote[] {
  const out: Quote[] = [];
  paras.forEach((p, para) => {
    const found: Quote[] = [];
    let i = p.start;
    while (i < p.end) {
      const c = text[i]!;
      const closer = CLOSER[c];
      if (!closer || !opensAt(text, i, p.start)) {
        i++;
        continue;
      }
      const end = closingMark(text, i + 1, p.end, closer);
      const inner = trimRange(text, i + 1, end ?? p.end);
      if (inner.end - inner.start > 0 && text.slice(inner.start, inner.end).split(/\s+/).length >= MIN_WORDS) {
        found.push({ open: i, close: end === null ? p.end : end + 1, segments: [inner], para, closed: end !== null });
      }
      i = end === null ? p.end : end + 1;
    }
    out.push(...joinInterrupted(text, found));
  });
  return out;
}

function opensAt(text: string, i: number, paraStart: number): boolean {
  const c = text[i];
  const prev = i > paraStart ? text[i - 1] : undefined;
  if (isSpace(text[i + 1])) return false;
  // ‘90s: an elided century, not a quotation.
  if (c === '‘' && /\d/.test(text[i + 1]!)) return false;
  if (c === "'" && /\d/.test(text[i + 1]!)) return false;
  if (c === '"' || c === '‘' || c === "'") return prev === undefined || /[\s([{—–:-]/.test(prev);
  return true;
}

/** Offset of the mark closing a quote opened before `from`, or null when it runs to the paragraph end. */
function closingMark(text: string, from: number, to: number, closer: string): number | null {
  let stray: number | null = null;
  for (let j = from; j < to; j++) {
    const c = text[j]!;
    if (c === closer && closes(text, j, to)) return j;
    if (stray === null && ANY_CLOSER.test(c) && /[.,!?]/.test(text[j - 1] ?? '') && closes(text, j, to)) stray = j;
  }
  return stray;
}

/** A closing mark follows a non-space and is not an apostrophe inside a word. */
const closes = (text: string, j: number, to: number): boolean =>
  !isSpace(text[j - 1]) && (j + 1 >= to || !isWordChar(text[j + 1]));

function trimRange(text: string, start: number, end: number): Range {
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /[\s,]/.test(text[end - 1]!)) end--;
  return { start, end };
}

/**
 * “A,” he said. “B.” is one quote: the first part ends in a comma and the text between is a short
 * reporting clause (without the comma, "X said “A” and Y said “B”" would be merged).
 */
function joinInterrupted(text: string, quotes: Quote[]): Quote[] {
  const out: Quote[] = [];
  for (const q of quotes) {
    const prev = out[out.length - 1];
    const between = prev ? text.slice(prev.close, q.open) : '';
    const words = between.toLowerCase().match(/\p{L}+/gu) ?? [];
    const comma = prev !== undefined && (text[prev.close - 2] === ',' || /^\s*,/.test(between));
    if (
      prev &&
      comma &&
      between.length <= MAX_INTERRUPTION &&
      words.length <= 8 &&
      words.some((w) => REPORTING_VERBS.has(w) || REPORTING_PARTICIPLES.has(w))
    ) {
      prev.segments.push(...q.segments);
      prev.close = q.close;
      prev.closed = q.closed;
    } else out.push(q);
  }
  return out;
}
