import { charBefore, classAt, LETTER, NUMBER, SPACE, UPPER } from './chars';
import { ABBREVIATIONS } from './lexicon';

export interface Range {
  start: number;
  end: number;
}

export interface Sentence extends Range {
  /** Index of the paragraph the sentence belongs to. */
  para: number;
}

/** Non-empty lines, trimmed: both "\n\n" and "\n" separate paragraphs in extracted article text. */
export function paragraphs(text: string): Range[] {
  const out: Range[] = [];
  for (const m of text.matchAll(/[^\r\n]+/g)) {
    const raw = m[0];
    const lead = raw.length - raw.trimStart().length;
    const body = raw.trim();
    if (!body) continue;
    const start = (m.index ?? 0) + lead;
    out.push({ start, end: start + body.length });
  }
  return out;
}

/** Sentences of every paragraph, in order. */
export function sentences(text: string, paras: Range[]): Sentence[] {
  const out: Sentence[] = [];
  paras.forEach((p, para) => {
    const body = text.slice(p.start, p.end);
    let start = 0;
    END_MARKS.lastIndex = 0;
    for (let m = END_MARKS.exec(body); m; m = END_MARKS.exec(body)) {
      const at = m.index;
      // A later start in the same run of marks would end the same way: each run is tried once.
      const end = boundaryAfter(body, at + m[0].length);
      if (end < 0) continue;
      if (!(end === at + 1 && body.charCodeAt(at) === DOT && isAbbreviation(body, at))) {
        out.push({ start: p.start + start, end: p.start + end, para });
        start = end;
        while (start < body.length && classAt(body, start) & SPACE) start++;
      }
      END_MARKS.lastIndex = end;
    }
    if (start < body.length) out.push({ start: p.start + start, end: p.end, para });
  });
  return out;
}

const DOT = 46;
/** Runs of end punctuation; a plain expression, found by the engine's fast scan. */
const END_MARKS = /[.!?…]+/g;
/** " ” ’ » ) ] */
const isCloser = (c: number): boolean => c === 34 || c === 0x201d || c === 0x2019 || c === 0xbb || c === 41 || c === 93;
/** " “ ‘ « ( [ */
const isOpener = (c: number): boolean => c === 34 || c === 0x201c || c === 0x2018 || c === 0xab || c === 40 || c === 91;

/**
 * End of a sentence boundary whose end punctuation stops at `marks`: closing quotes or brackets
 * follow, then the next word starts like a sentence (after spaces, maybe an opening mark, a capital
 * or a digit); or -1.
 */
function boundaryAfter(body: string, marks: number): number {
  let end = marks;
  while (end < body.length && isCloser(body.charCodeAt(end))) end++;
  let next = end;
  while (next < body.length && classAt(body, next) & SPACE) next++;
  if (next === end) return -1;
  if (next < body.length && isOpener(body.charCodeAt(next))) next++;
  return next < body.length && classAt(body, next) & (UPPER | NUMBER) ? end : -1;
}

/** "Dr." or an initial ("J." / "U.S.") does not end a sentence. */
function isAbbreviation(body: string, dot: number): boolean {
  // The letters before the dot, after any earlier dot, within 12 characters.
  const lo = Math.max(0, dot - 12);
  let start = dot;
  while (start > lo) {
    const p = charBefore(body, start);
    if (p < lo || !(classAt(body, p) & LETTER)) break;
    start = p;
  }
  const last = body.slice(start, dot);
  return ABBREVIATIONS.has(last.toLowerCase()) || (start < dot && charBefore(body, dot) === start && (classAt(body, start) & UPPER) !== 0);
}
