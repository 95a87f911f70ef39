import { charBefore, classAt, codeAt, COMMA, DOT, isDigit, isLowerAscii, isSpaceAt, LETTER, LOWER, NUMBER, SPACE, SPACE_CODE, spacesFrom, UPPER, widthAt } from './chars';
import { ABBREVIATIONS, COMPANY_SUFFIXES } from './lexicon';
import { FUNCTION, wordClass } from './wordclass';

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
  // Lines end at the next \n or \r, each found by the engine's fast search (and searched again
  // only once passed); no match object or string is made per line.
  let newline = -1;
  let carriageReturn = -1;
  // Start of a paragraph whose line broke inside a sentence, or -1.
  let open = -1;
  for (let i = 0; i < text.length; ) {
    if (newline < i) newline = indexOrEnd(text, '\n', i);
    if (carriageReturn < i) carriageReturn = indexOrEnd(text, '\r', i);
    const end = Math.min(newline, carriageReturn);
    // Trimmed of `\s`, the same characters as String.prototype.trim.
    const start = spacesFrom(text, i, end);
    let stop = end;
    while (stop > start && isSpaceAt(text, stop - 1)) stop--;
    if (stop > start) {
      const first = open >= 0 ? open : start;
      if (wrapsAfter(text, stop, end)) open = first;
      else {
        out.push({ start: first, end: stop });
        open = -1;
      }
    }
    i = end + 1;
  }
  return out;
}

/**
 * "The company said it had sold⏎six million consoles", "…, news site NDTV⏎reports", "said that,⏎according
 * to": a line ending in a letter, digit or comma (no end punctuation) whose next line goes on in lower
 * case, one line break apart, was wrapped inside a sentence by the page it was copied from; so was one
 * ending in a word that cannot end a sentence or headline before a number ("between 50 and⏎60 people").
 * A blank line between still makes two paragraphs.
 */
function wrapsAfter(text: string, stop: number, lineEnd: number): boolean {
  let next = lineEnd + (codeAt(text, lineEnd) === CR && codeAt(text, lineEnd + 1) === LF ? 2 : 1);
  if (codeAt(text, next - 1) !== LF) return false;
  while (text.charCodeAt(next) === 32 || text.charCodeAt(next) === 9) next++;
  if (next >= text.length) return false;
  const opens = classAt(text, next);
  if (opens & LOWER) return (classAt(text, stop - 1) & (LETTER | NUMBER)) !== 0 || text.charCodeAt(stop - 1) === COMMA;
  return (opens & NUMBER) !== 0 && JOINING_WORDS.has(lastWord(text, stop));
}

/** Words that join what follows to what goes before, so never end a sentence or a headline. */
const JOINING_WORDS: ReadonlySet<string> = new Set(['and', 'or', 'between', 'of', 'to', 'than', 'from', 'by', 'the']);
/** Longest word `lastWord` reads: longer ones are none of JOINING_WORDS. */
const MAX_JOINING = 7;

/** The lower-case ASCII letters right before `stop`, up to MAX_JOINING + 1 of them. */
function lastWord(text: string, stop: number): string {
  let at = stop;
  while (at > stop - MAX_JOINING - 1 && at > 0 && isLowerAscii(text.charCodeAt(at - 1))) at--;
  return text.slice(at, stop);
}

const CR = 13;
const LF = 10;

/** Where `s` next has `c` from `from`, or its end. */
function indexOrEnd(s: string, c: string, from: number): number {
  const at = s.indexOf(c, from);
  return at < 0 ? s.length : at;
}

/** Sentences of every paragraph, in order. */
export function sentences(text: string, paras: Range[]): Sentence[] {
  const out: Sentence[] = [];
  // One scan of the whole text for end marks: paragraphs hold every one (what lies between them is
  // spaces), so each match is read in the paragraph it falls in.
  END_MARKS.lastIndex = 0;
  let m = END_MARKS.exec(text);
  paras.forEach((p, para) => {
    let start = p.start;
    for (; m && m.index < p.end; m = END_MARKS.exec(text)) {
      const at = m.index;
      // A later start in the same run of marks would end the same way: each run is tried once.
      const end = boundaryAfter(text, at + m[0].length, p.end);
      if (end < 0) continue;
      if (!(end === at + 1 && text.charCodeAt(at) === DOT && isAbbreviation(text, p.start, at) && !companyEndsAt(text, p.start, at, p.end))) {
        out.push({ start, end, para });
        start = spacesFrom(text, end, p.end);
      }
      END_MARKS.lastIndex = end;
    }
    if (start < p.end) out.push({ start, end: p.end, para });
  });
  return out;
}

const QUESTION = 63;
/** Runs of end punctuation; a plain expression, found by the engine's fast scan. */
const END_MARKS = /[.!?…]+/g;
/** " ” ’ » ) ] */
const isCloser = (c: number): boolean => c === 34 || c === 0x201d || c === 0x2019 || c === 0xbb || c === 41 || c === 93;
/** " “ ‘ « */
const isQuoteOpener = (c: number): boolean => c === 34 || c === 0x201c || c === 0x2018 || c === 0xab;
/** Opening quote marks, ( and [ */
const isOpener = (c: number): boolean => isQuoteOpener(c) || c === 40 || c === 91;

/**
 * End of a sentence boundary whose end punctuation stops at `marks`: closing quotes or brackets
 * follow, then the next word starts like a sentence (after spaces, maybe an opening mark, a capital
 * or a digit), all before the paragraph's end `hi`; or -1.
 */
function boundaryAfter(text: string, marks: number, hi: number): number {
  let end = marks;
  while (end < hi && isCloser(text.charCodeAt(end))) end++;
  let next = end;
  while (next < hi && classAt(text, next) & SPACE) next++;
  if (next === end) return end < hi && gluedAfterDot(text, marks) ? end : -1;
  // ". ?Prices fell": a page that lost its curly marks shows "?" for the one opening the next sentence.
  if (next < hi && (isOpener(text.charCodeAt(next)) || (text.charCodeAt(next) === QUESTION && classAt(text, next + 1) & UPPER))) next++;
  return next < hi && classAt(text, next) & (UPPER | NUMBER) ? end : -1;
}

/** Lower-case letters a word must end in before a full stop with no space after it to end a sentence. */
const GLUED_WORD = 3;

/**
 * "…by the authorities.In the afternoon", "…aged 19 to 24.Ana Ruiz said": a full stop right after a
 * lower-case word or a whole number of two digits or more, with a capitalised word glued to it, ends
 * a sentence whose space was lost ("e.g.", "U.S", "Node.js" and "v2.Beta" do not).
 */
function gluedAfterDot(text: string, marks: number): boolean {
  const next = marks + widthAt(text, marks);
  if (next >= text.length || text.charCodeAt(marks - 1) !== DOT || !(classAt(text, marks) & UPPER) || !(classAt(text, next) & LOWER)) return false;
  if (classAt(text, charBefore(text, marks - 1)) & NUMBER) return wholeNumberBefore(text, marks - 1);
  let at = marks - 1;
  for (let k = 0; k < GLUED_WORD; k++) {
    at = charBefore(text, at);
    if (at < 0 || !(classAt(text, at) & LOWER)) return false;
  }
  return true;
}

/** Digits a number must have before a full stop with no space after it to end a sentence ("24.Ana"). */
const GLUED_DIGITS = 2;

/** A number of GLUED_DIGITS digits or more, a word of its own (after a space or the text's start), ends right before `dot`. */
function wholeNumberBefore(text: string, dot: number): boolean {
  let at = dot;
  let digits = 0;
  while (at > 0 && classAt(text, charBefore(text, at)) & NUMBER) {
    at = charBefore(text, at);
    digits++;
  }
  return digits >= GLUED_DIGITS && (at === 0 || (classAt(text, charBefore(text, at)) & SPACE) !== 0);
}

/** "Dr." or an initial ("J." / "U.S.") does not end a sentence; the dot's paragraph starts at `paraStart`. */
function isAbbreviation(text: string, paraStart: number, dot: number): boolean {
  const start = wordBeforeDot(text, paraStart, dot);
  return ABBREVIATIONS.has(text.slice(start, dot).toLowerCase()) || (start < dot && charBefore(text, dot) === start && (classAt(text, start) & UPPER) !== 0) || isNumberSign(text, start, dot);
}

/**
 * "the Kelmor No. 7 Textile Mill", "No. 10 Downing Street": "No." right before a number is the number's sign, no sentence's
 * end (the word alone stays one: "The answer was no. 5 more came"). `start` is where the word before the dot at `dot` opens.
 */
const isNumberSign = (text: string, start: number, dot: number): boolean =>
  dot === start + 2 && text.startsWith('No', start) && text.charCodeAt(dot + 1) === SPACE_CODE && isDigit(text.charCodeAt(dot + 2));

/** Where the letters before `dot` start, after any earlier dot, within 12 characters and the paragraph. */
function wordBeforeDot(text: string, paraStart: number, dot: number): number {
  const lo = Math.max(paraStart, dot - 12);
  let start = dot;
  while (start > lo) {
    const p = charBefore(text, start);
    if (p < lo || !(classAt(text, p) & LETTER)) break;
    start = p;
  }
  return start;
}

/**
 * "…a payment from Kelmor Inc. "This hurts," said …", "…bought Ostra Ltd. The deal …": a company's
 * suffix ends its name, and the sentence too where an opening quote mark or a capitalised function
 * word follows; "Kelmor Inc. said" and "Kelmor Inc. Chief Executive Ana Ruiz" go on.
 */
function companyEndsAt(text: string, paraStart: number, dot: number, hi: number): boolean {
  if (!COMPANY_SUFFIXES.has(text.slice(wordBeforeDot(text, paraStart, dot), dot).toLowerCase())) return false;
  const next = spacesFrom(text, dot + 1, hi);
  if (next === dot + 1 || next >= hi) return false;
  if (isQuoteOpener(text.charCodeAt(next))) return true;
  if (!(classAt(text, next) & UPPER)) return false;
  let end = next + 1;
  while (end < hi && end - next <= MAX_FUNCTION_WORD && classAt(text, end) & LOWER) end++;
  // "Inc. IT chief …": a word that goes on in capitals is no capitalised function word ("I").
  return !(classAt(text, end) & LETTER) && (wordClass(text.slice(next, end).toLowerCase()) & FUNCTION) !== 0;
}

/** Longest capitalised function word `companyEndsAt` reads ("Meanwhile", "Following"). */
const MAX_FUNCTION_WORD = 12;
