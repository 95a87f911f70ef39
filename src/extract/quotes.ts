import { classOf, DOT, isDigit, LETTER, LOWER, NUMBER, runs, SPACE, SPACE_CODE, UPPER } from './chars';
import { REPORTING_PARTICIPLES, REPORTING_VERBS } from './lexicon';
import type { Range } from './sentences';
import { dialogueLine } from './transcript';
import { namedAfter, quotedTerm } from './quoted-terms';
import { CONNECTOR, NUMBER_WORD, wordClass } from './wordclass';

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
  /**
   * Fewer than MIN_WORDS words ("called it a “success”"): a scare quote or the sentence's source's own
   * words, never speech on its own; listed after the paragraph's other quotes.
   */
  short?: true;
  /** Goes on from the quote before it after a reporting clause that ends a sentence (“A,” he said. “B.”): B is said by A's speaker. */
  resumes?: true;
}

/** Closing mark of each opening mark, by character code: “” "" «» „“ ‘’ ''. */
const CLOSER = new Map<number, number>([
  [0x201c, 0x201d],
  [34, 34],
  [0xab, 0xbb],
  [0x201e, 0x201c],
  [0x2018, 0x2019],
  [39, 39],
]);
/** Every opening and closing mark (` for the ``…'' pair). */
const MARKS = /[“”"«»„‘’'?`″]/g;
const isAnyCloser = (c: number): boolean => c === 0x201d || c === 34 || c === 0xbb || c === 0x2019 || c === 0x201c || c === 39;
const MIN_WORDS = 3;
/** Longest text between two quoted segments that can still be a "he said" interruption. */
const MAX_INTERRUPTION = 80;

/** Whitespace, or outside the text. */
const isSpace = (text: string, i: number): boolean => i < 0 || i >= text.length || (classOf(text.charCodeAt(i)) & SPACE) !== 0;
/** A letter or digit code unit (half a surrogate pair is neither). */
const isWordChar = (text: string, i: number): boolean => i < text.length && (classOf(text.charCodeAt(i)) & (LETTER | NUMBER)) !== 0;

/**
 * Quotations of every paragraph. Straight quotes and ‘ open only at a word start (’ and ' double as
 * apostrophes, so they close only where no letter follows); a quote left open closes at a stray closing mark after end punctuation (“… place.’)
 * or at the paragraph end, the convention for quotes running over several paragraphs. Quotes of
 * fewer than three words are scare quotes or titles, not speech.
 */
export function findQuotes(text: string, paras: Range[]): Quote[] {
  const out: Quote[] = [];
  // Only quotation marks can open or close a quote: they are found once and visited in order.
  const marks: number[] = [];
  MARKS.lastIndex = 0;
  for (let m = MARKS.exec(text); m; m = MARKS.exec(text)) marks.push(m.index);
  let k = 0;
  paras.forEach((p, para) => {
    const found: Quote[] = [];
    const short: Quote[] = [];
    let i = p.start;
    let lostCloserAhead = true;
    for (; k < marks.length && marks[k]! < p.end; k++) {
      const at = marks[k]!;
      if (text.charCodeAt(at) === QUESTION) {
        if (at < i || !lostCloserAhead || !lostOpens(text, at, p.start)) continue;
        const end = lostClose(text, marks, k + 1, p.end);
        // No closing "?" is left in the paragraph for any later one either: stop looking (keeps garbage input linear).
        if (end === null) lostCloserAhead = false;
        else {
          const inner = trimRange(text, at + 1, end);
          if (hasWords(text, inner, MIN_WORDS)) found.push({ open: at, close: end + 1, segments: [inner], para, closed: true });
          i = end + 1;
        }
        continue;
      }
      if (text.charCodeAt(at) === BACKTICK) {
        if (at < i || !opensBackticks(text, at)) continue;
        const end = closingApostrophes(text, marks, k + 2, p.end);
        const inner = trimRange(text, at + 2, end ?? p.end);
        if (hasWords(text, inner, MIN_WORDS)) found.push({ open: at, close: end === null ? p.end : end + 2, segments: [inner], para, closed: end !== null });
        i = end === null ? p.end : end + 2;
        continue;
      }
      // ” opening a paragraph, even with a space after it, opens a quote set as ” … ” by careless typing
      // (some sites open every quote so); so does ” opening a sentence before a word, which never closes one.
      // Inside a sentence, ” after a space and glued to a word ('said ”hundreds of people” were') opens one
      // where a later ” closes it: a closing mark is glued to the word before it.
      // `Profits will rise,” Ana Ruiz said.` opening a paragraph lost its opening mark: the quote runs from the paragraph start.
      if (at >= i && i === p.start && found.length === 0 && short.length === 0 && lostOpening(text, p.start, at)) {
        found.push({ open: p.start, close: at + 1, segments: [trimRange(text, p.start, at)], para, closed: true });
        i = at + 1;
        continue;
      }
      const glued = text.charCodeAt(at) === 0x201d && isSpace(text, at - 1) && isWordChar(text, at + 1);
      const reversed = text.charCodeAt(at) === 0x201d && (at === p.start || (opensSentence(text, at, p.start) && isWordChar(text, at + 1)) || glued);
      const closer = reversed ? 0x201d : CLOSER.get(text.charCodeAt(at));
      if (at < i || closer === undefined || !(reversed || opensAt(text, at, p.start))) continue;
      const end = closingMark(text, marks, k + 1, p.end, closer, reversed ? null : text.charCodeAt(at));
      if (end === null && glued && at !== p.start && !opensSentence(text, at, p.start)) continue;
      if (end === null && isStrayApostrophe(text, at)) continue;
      const lost = end === null ? lostTag(text, at, p.end) : null;
      if (lost !== null) {
        found.push({ open: at, close: lost + 1, segments: [trimRange(text, at + 1, lost)], para, closed: true });
        i = lost + 1;
        continue;
      }
      const inner = trimRange(text, at + 1, end ?? p.end);
      if (end !== null && (describesSpeaker(text, at, end, inner) || quotedTerm(text, at, end, inner))) {
        i = end + 1;
        continue;
      }
      if (inner.end - inner.start > 0 && hasWords(text, inner, MIN_WORDS) && !(end !== null && isTitle(text, at, end, inner))) {
        found.push({ open: at, close: end === null ? p.end : end + 1, segments: [inner], para, closed: end !== null });
      } else if (end !== null && inner.end > inner.start && dialogueLine(text, p, at, end)) found.push({ open: at, close: end + 1, segments: [inner], para, closed: true });
      else if (end !== null && isShortQuote(text, at, end, inner)) short.push({ open: at, close: end + 1, segments: [inner], para, closed: true, short: true });
      i = end === null ? p.end : end + 1;
    }
    out.push(...joinInterrupted(text, found), ...short);
  });
  return out;
}

/**
 * `"We have confirmed 137 dead, police official Tomas Varn told Ostra Radio.`: a quote never closed
 * whose paragraph ends in a tag naming its speaker (after a comma, a few lower-case words of a title,
 * a capitalised name, a verb of speech and its object) lost its closing mark before that comma; a
 * quote running on into the next paragraph never ends so. The comma's offset, or null.
 */
function lostTag(text: string, open: number, paraEnd: number): number | null {
  // Only the paragraph's last MAX_TAG characters are read: a tag is short, and a long paragraph with no comma is not searched through.
  const from = Math.max(open + 1, paraEnd - MAX_TAG);
  const tail = text.slice(from, paraEnd);
  const comma = tail.lastIndexOf(',');
  const tag = comma < 0 ? null : LOST_TAG.exec(tail.slice(comma));
  return tag && !TAG_OPENERS.has(tag[1]?.trim().split(/\s+/)[0] ?? '') ? from + comma : null;
}

/**
 * `Operating profit keeps growing,” Ostra Bank chief Ana Ruiz said.`: a ” after a comma, the first
 * mark of its paragraph, followed by a tag (a few words, then a verb of speech) in the same sentence,
 * closes a quote whose opening mark was lost at the paragraph start.
 */
function lostOpening(text: string, paraStart: number, at: number): boolean {
  if (text.charCodeAt(at) !== 0x201d || text.charCodeAt(at - 1) !== 44 || !hasWords(text, trimRange(text, paraStart, at), MIN_WORDS)) return false;
  const tag = LOST_OPENING_TAG.exec(text.slice(at + 1, at + 1 + MAX_TAG));
  return tag !== null && tag[1]!.split(/\s+/).some((w) => REPORTING_VERBS.has(w.toLowerCase()));
}

/** The words after a closing mark up to the end of their sentence, at most eight of them. */
const LOST_OPENING_TAG = /^\s+((?:[\p{L}'’-]+\s+){0,7}[\p{L}'’-]+)\b/u;

/** Longest tag read after a lost closing mark (a title, a name of four words, a verb and an object of 40 characters). */
const MAX_TAG = 160;

/** `, police official Tomas Varn told Ostra Radio.`: a title's lower-case words, a name, a verb of speech, a short object, the paragraph's full stop. */
const LOST_TAG = /^,\s+((?:[a-z][a-z-]*\s+){0,3})\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){1,3}\s+(?:said|told|added)\b[^,;"“”]{0,40}\.\s*$/u;

/** Words opening a clause of the speaker's own ("…, as Ana Ruiz said."), not a tag after the quote. */
const TAG_OPENERS: ReadonlySet<string> = new Set(['as', 'when', 'what', 'that', 'which', 'who', 'because', 'if', 'and', 'but', 'where', 'how', 'like', 'after', 'before', 'since', 'until', 'while']);

const QUESTION = 63;
const BACKTICK = 96;
const APOSTROPHE = 39;

/**
 * ``…'': old wire archives (and TeX) open a quote with two backticks and close it with two
 * apostrophes. `` before a word opens; only '' closes such a quote, so a lone apostrophe inside
 * ("they're") never does, and '' opens nothing on its own.
 */
const opensBackticks = (text: string, at: number): boolean =>
  text.charCodeAt(at + 1) === BACKTICK && text.charCodeAt(at - 1) !== BACKTICK && !isSpace(text, at + 2);

/** Offset of the '' closing a ``…'' quote, from marks[from] to the paragraph end `to`, or null. */
function closingApostrophes(text: string, marks: number[], from: number, to: number): number | null {
  for (let m = from; m < marks.length && marks[m]! < to; m++) {
    const j = marks[m]!;
    if (text.charCodeAt(j) === APOSTROPHE && text.charCodeAt(j + 1) === APOSTROPHE) return j;
  }
  return null;
}

/**
 * `?Prices have fallen … by rural demand,? said X`: a page that lost its curly marks shows "?" for
 * them. A "?" glued to the start of a word after a space (or opening the paragraph) opens a quote
 * only where a later "?" right after a comma or full stop, before a space or the paragraph end,
 * closes it: a real question mark never stands in either place.
 */
const lostOpens = (text: string, open: number, paraStart: number): boolean =>
  (open === paraStart || isSpace(text, open - 1)) && (classOf(text.charCodeAt(open + 1)) & LETTER) !== 0;

/** Offset of the "?" closing a quote whose marks were lost, from marks[from] to the paragraph end `to`, or null. */
function lostClose(text: string, marks: number[], from: number, to: number): number | null {
  for (let m = from; m < marks.length && marks[m]! < to; m++) {
    const j = marks[m]!;
    const before = text.charCodeAt(j - 1);
    if (text.charCodeAt(j) === QUESTION && (before === 44 || before === 46) && (j + 1 >= to || isSpace(text, j + 1))) return j;
  }
  return null;
}

/** Nouns and verbs that introduce the title of a work right before it: the article “…”, headlined “…”. */
const TITLE_BEFORE = /\b(?:article|story|headline|headlined|titled|entitled|book|film|movie|column|essay|op-ed|editorial|song|album|novel|poem|documentary|podcast)\s*,?\s*$/i;
/**
 * "a banner reading “Ostra is free!”", "placards that read “…”": words written on a thing a crowd
 * carries or a wall bears are a slogan, nobody's speech.
 */
const PRINTED_BEFORE = /\b(?:banners?|signs?|placards?|posters?|billboards?|plaques?|(?:t-)?shirts?|graffiti)\s+(?:reading|saying|bearing|(?:that|which)\s+(?:read|reads|said|says))\s*:?\s*$/i;
/** A byline after a closing mark: “…” by Jane Doe. */
const BYLINE_AFTER = /^\s*,?\s+by\s+\p{Lu}/u;

/**
 * The title of a work, not speech: quoted words opening with a capital, introduced by a noun of a
 * work ("the news article “…”") or followed by a byline ("“…” by Jane Doe") without the comma or
 * full stop that closes quoted speech.
 */
function isTitle(text: string, open: number, close: number, inner: Range): boolean {
  if (!(classOf(text.charCodeAt(inner.start)) & UPPER)) return false;
  if (TITLE_BEFORE.test(text.slice(Math.max(0, open - 20), open))) return true;
  if (!endsClause(text.charCodeAt(close - 1)) && SHOWN_IN_BEFORE.test(text.slice(Math.max(0, open - 4), open)) && !hasWords(text, inner, MAX_SHOWN_IN_WORDS + 1)) return true;
  if (PRINTED_BEFORE.test(text.slice(Math.max(0, open - 40), open))) return true;
  // "results of ‘The Kelmor Heart Trials’", "a strike in the “Varn Kel Mountain”", "news agency “Kelmor
  // Press Service” (KPS)": words every one capitalised, with no punctuation closing speech before the
  // mark, are a name, not a quote.
  if (!endsClause(text.charCodeAt(close - 1)) && isTitleCased(text.slice(inner.start, inner.end))) return true;
  if (text.charCodeAt(close - 1) === DOT && namedAfter(text, open) && isTitleCased(text.slice(inner.start, inner.end - 1))) return true;
  return !endsClause(text.charCodeAt(close - 1)) && BYLINE_AFTER.test(text.slice(close + 1, close + 20));
}

/**
 * A few quoted lower-case words, not a name ("“Paeng”") nor a title. In single marks ("would be
 * 'critical'", British and Irish house style) only whole lower-case words: single marks are mostly
 * apostrophes ("rock 'n' roll", "the players' 'union'"), which leave a letter or less between them
 * or a mark inside a word.
 */
function isShortQuote(text: string, open: number, close: number, inner: Range): boolean {
  const words = text.slice(inner.start, inner.end);
  // “four” in a list of figures is a number, not speech.
  if (wordClass(words.toLowerCase()) & NUMBER_WORD) return false;
  if (isSingleMark(text.charCodeAt(open)) && !singleQuoted(text, open, close, words)) return false;
  if (countLabel(text, open, close) || LABEL_BEFORE.test(text.slice(Math.max(0, open - 12), open)) || SCARE_BEFORE.test(text.slice(Math.max(0, open - 16), open))) return false;
  return (classOf(words.charCodeAt(0)) & LETTER) !== 0 && !isTitleCased(words) && !isTitle(text, open, close, inner);
}

/**
 * `treat the levy as a ‘cash cow’`: a few words set off after "as a" name what a thing is taken for, a
 * label, no speech ("described them as “critical”" is the describer's word).
 */
const LABEL_BEFORE = /\bas\s+an?\s+$/i;

/**
 * `targeted alleged “saboteurs”`, `the so-called “reforms”`: a word the writer doubts aloud before a few quoted
 * words marks them as a word kept at a distance, nobody's statement.
 */
const SCARE_BEFORE = /\b(?:alleged|so-called|supposed|self-styled|self-proclaimed)\s+$/i;

/**
 * `said in “Morning with Kel”`, `spoke on “Varn Tonight”`: a few words opening with a capital after "in" or
 * "on", with no punctuation closing speech before the mark, are the name of a programme or a work the words
 * were said in, not what was said.
 */
const SHOWN_IN_BEFORE = /\b(?:in|on)\s+$/i;
const MAX_SHOWN_IN_WORDS = 5;

/**
 * `a “local source close to the army” told Ostra Radio`: quoted lower-case words after an article, with no
 * punctuation closing speech before the mark and a verb of speech right after it, describe who spoke (the
 * subject of that verb), not what was said.
 */
function describesSpeaker(text: string, open: number, close: number, inner: Range): boolean {
  if (endsClause(text.charCodeAt(close - 1)) || !(classOf(text.charCodeAt(inner.start)) & LOWER)) return false;
  if (!/\b(?:an?|the)\s+$/i.test(text.slice(Math.max(0, open - 5), open))) return false;
  const verb = /^\s+(\p{Ll}+)/u.exec(text.slice(close + 1, close + 20));
  return verb !== null && REPORTING_VERBS.has(verb[1]!);
}

/**
 * `has “neutralised” 184 “rebels”`: a few quoted words right before or after a number are the words
 * of a count (what was done to how many, or what they are), a label the article keeps at a distance.
 * `close` is the offset of the closing mark.
 */
function countLabel(text: string, open: number, close: number): boolean {
  return /\d[\d,.]*\s+$/.test(text.slice(Math.max(0, open - 12), open)) || /^\s+\d/.test(text.slice(close + 1, close + 4));
}

/** 'alarmed' in single marks: an opening mark after a space, lower-case words of letters (no digit, no other mark), at least MIN_SINGLE_LETTERS long. */
function singleQuoted(text: string, open: number, close: number, words: string): boolean {
  if (!isSpace(text, open - 1) || close - open - 1 < MIN_SINGLE_LETTERS || !(classOf(words.charCodeAt(0)) & LOWER)) return false;
  for (let i = 0; i < words.length; i++) if (!(classOf(words.charCodeAt(i)) & (LETTER | SPACE)) && words[i] !== '-') return false;
  return true;
}

/** Fewer letters between single marks are an elision ("'n'"), not a quote. */
const MIN_SINGLE_LETTERS = 3;

const isSingleMark = (c: number): boolean => c === 0x2018 || c === 39;

/** Small words a title leaves in lower case ("Journal of Medicine", "War and Peace"). */
const TITLE_SMALL_WORDS = new Set(['of', 'the', 'and', 'for', 'in', 'on', 'a', 'an', 'to', 'at']);

/** Every word of `s` opens with a capital or a digit, but the small words of a title. */
function isTitleCased(s: string): boolean {
  for (const w of s.split(' ')) if (!(classOf(w.charCodeAt(0)) & (UPPER | NUMBER)) && !TITLE_SMALL_WORDS.has(w)) return false;
  return true;
}

/**
 * `the minister of 'Health Ana Ruiz said`: a straight apostrophe that nothing closes in its paragraph, right after a
 * connector ("of", "for", "the") and before a capital, is a typing slip inside a title or a name; it opens no quotation
 * running to the paragraph's end.
 */
function isStrayApostrophe(text: string, at: number): boolean {
  if (text.charCodeAt(at) !== 39 || !(classOf(text.charCodeAt(at + 1)) & UPPER) || text.charCodeAt(at - 1) !== SPACE_CODE) return false;
  const before = /(\p{Ll}+) $/u.exec(text.slice(Math.max(0, at - 8), at))?.[1];
  return before !== undefined && (wordClass(before) & CONNECTOR) !== 0;
}

function opensAt(text: string, i: number, paraStart: number): boolean {
  const c = text.charCodeAt(i);
  // `#Varn: 1 “, indicated the official`: a mark before a comma or full stop is a stray closing mark, not an opening one.
  if (isSpace(text, i + 1) || endsClause(text.charCodeAt(i + 1))) return false;
  // ‘90s: an elided century, not a quotation.
  if ((c === 0x2018 || c === 39) && isDigit(text.charCodeAt(i + 1))) return false;
  if (c === 34 || c === 0x2018 || c === 39) return i <= paraStart || opensAfter(text.charCodeAt(i - 1));
  return true;
}

/** Spaces, then the end of a sentence (. ! ?, or the mark closing a quote after it), stand right before `at`. */
function opensSentence(text: string, at: number, paraStart: number): boolean {
  let i = at - 1;
  if (!isSpace(text, i)) return false;
  while (i > paraStart && isSpace(text, i)) i--;
  if (isAnyCloser(text.charCodeAt(i))) i--;
  const c = text.charCodeAt(i);
  return c === 46 || c === 33 || c === 63;
}

/** /[\s([{—–:-]/: what may stand before a straight quote or ‘ that opens a quotation. */
const opensAfter = (c: number): boolean =>
  (classOf(c) & SPACE) !== 0 || c === 40 || c === 91 || c === 123 || c === 0x2014 || c === 0x2013 || c === 58 || c === 45;

/**
 * Offset of the mark closing a quote opened (with `opener`) before marks[from], or null when it runs
 * to the paragraph end (`to`). A quote of the same curly style inside it (“… (of “Paeng”) are seen …”)
 * closes before it does.
 */
function closingMark(text: string, marks: number[], from: number, to: number, closer: number, opener: number | null): number | null {
  let stray: number | null = null;
  let prime: number | null = null;
  let depth = 0;
  const nests = opener !== null && NESTING.has(opener);
  for (let m = from; m < marks.length && marks[m]! < to; m++) {
    const j = marks[m]!;
    const c = text.charCodeAt(j);
    if (c === DOUBLE_PRIME) {
      if (depth === 0 && prime === null && closer === 0x201d && !isSpace(text, j - 1)) prime = j;
      continue;
    }
    // `“… toll to 23″a source told AFP, adding that “18 …”`: a double prime typed for the closing mark;
    // a quote opening inside before any closing mark shows it was one (inches, 6′2″, close nothing).
    if (nests && c === opener && prime !== null) return prime;
    if (nests && c === opener && !isSpace(text, j + 1) && opensAfter(text.charCodeAt(j - 1))) depth++;
    else if (c === closer && closes(text, j, to) && depth > 0) depth--;
    else if (c === closer && closes(text, j, to)) return j;
    if (stray === null && isAnyCloser(c) && endsClause(text.charCodeAt(j - 1)) && closes(text, j, to)) stray = j;
  }
  return stray;
}

/** ″, which careless typing leaves for a closing ”. */
const DOUBLE_PRIME = 0x2033;

/** Opening marks distinct from their closing marks and never apostrophes: “ and «. */
const NESTING = new Set([0x201c, 0xab]);

/** . , ! ? */
/** A full stop, comma, "!" or "?": the punctuation that may close quoted words before the mark. */
export const endsClause = (c: number): boolean => c === 46 || c === 44 || c === 33 || c === 63;

/**
 * A closing mark follows a non-space and is not an apostrophe inside a word; ” after a comma or a
 * full stop closes even with no space after it (`…in six counties,”he said`).
 */
const closes = (text: string, j: number, to: number): boolean =>
  !isSpace(text, j - 1) && (j + 1 >= to || !isWordChar(text, j + 1) || (text.charCodeAt(j) === 0x201d && endsClause(text.charCodeAt(j - 1))));

function trimRange(text: string, start: number, end: number): Range {
  while (start < end && isSpace(text, start)) start++;
  while (end > start && (isSpace(text, end - 1) || text.charCodeAt(end - 1) === 44)) end--;
  return { start, end };
}

/** text[r] has at least `min` words separated by whitespace (r is trimmed). */
function hasWords(text: string, r: Range, min: number): boolean {
  let words = 1;
  for (let i = r.start; i < r.end && words < min; i++) {
    if (isSpace(text, i) && !isSpace(text, i + 1)) words++;
  }
  return words >= min;
}

/**
 * “A,” he said, “b.” is one quote: the first part ends in a comma and the text between is a short
 * reporting clause (without the comma, "X said “A” and Y said “B”" would be merged). “A,” he said.
 * “B.” is two: the full stop ends the sentence the quote was in, and B opens one of its own (its
 * speaker is still the one of A, who goes on).
 */
function joinInterrupted(text: string, quotes: Quote[]): Quote[] {
  const out: Quote[] = [];
  for (const q of quotes) {
    const prev = out[out.length - 1];
    const between = prev ? text.slice(prev.close, q.open) : '';
    const words = runs(between.toLowerCase(), LETTER);
    // The last quoted character stands before the closing mark, two code units wide in ``…''.
    const comma = prev !== undefined && (text[prev.close - (text.charCodeAt(prev.open) === BACKTICK ? 3 : 2)] === ',' || /^\s*,/.test(between));
    const interrupted = prev && comma && between.length <= MAX_INTERRUPTION && words.length <= 8 && words.some((w) => REPORTING_VERBS.has(w) || REPORTING_PARTICIPLES.has(w));
    if (interrupted && /[.!?]\s*$/.test(between)) out.push({ ...q, resumes: true });
    // `“A,” said Ruiz, and added that “B.”`: a tag runs up to a comma (or a colon) before the next
    // part; narrative that leads into it ("and added that", "that is") opens a quote of its own.
    else if (interrupted && /[,:;—–]\s*$/.test(between) && !secondSaying(text, words, q)) {
      prev.segments.push(...q.segments);
      prev.close = q.close;
      prev.closed = q.closed;
    } else out.push(q);
  }
  return out;
}

/**
 * `“A,” they said, adding, “We must …”`: a participle of speech among the tag's `words` and a capital
 * opening the part `q` make it a second saying, a quote of its own, not the rest of the first.
 */
const secondSaying = (text: string, words: string[], q: Quote): boolean =>
  words.some((w) => REPORTING_PARTICIPLES.has(w)) && (classOf(text.charCodeAt(q.segments[0]!.start)) & UPPER) !== 0;
