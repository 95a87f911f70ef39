import { classOf, CLOSE_PAREN, HYPHEN, isDigit, isLowerAscii, isSpaceAt, isWordCode, LETTER, NUMBER, OPEN_PAREN, runs, spacesBefore, spacesFrom } from '../chars';
import { CURRENCY_CODES, CURRENCY_WORDS } from '../lexicon';
import { compoundUnitAt, findHalfPoints, findHalves, findNumberWords, isScaleWord, SMALL, wordsValue } from './number-words';
import { firstFrom } from '../ranges';
import { commaSpaceGroupLength, spaceGroupsLength } from './space-groups';
import { bothShares, isVoteTally, splitLength } from './splits';
import { dottedWordBefore, letterFollows } from '../scan';
import { isMonth } from './month-words';
import type { Range } from '../sentences';
import { DIGIT, MIXED, type Token } from '../tokens';
import { FUNCTION, NUMBER_WORD, REPORTING_VERB, VERB_FILLER, wordClass } from '../wordclass';

/** A number written in the text, with what its own notation says ("38%", "$4bn", "a dozen"). */
export interface NumberHit {
  value: number;
  start: number;
  end: number;
  /** "%" for percentages, the currency sign for amounts, "score" for a game's score ("2-1"), else null. */
  unit: string | null;
  /** Written as words ("three"), which are weaker evidence than digits. */
  words: boolean;
  /** Plain integer of four digits: maybe a year. */
  yearLike: boolean;
  /**
   * The high end when the hit is a range ("10-15", "5-7 million": 7e6), in the low end's unit and
   * scale; `value` is then its low end, of which the text says at least this many.
   */
  upTo?: number;
  /** One of the two shares of a poll's split ("53-47", "63/37"), each a hit of its own; no amount of change. */
  split?: true;
}

/** The hit is a range, from `value` to `upTo`. */
export const isRange = (hit: NumberHit): boolean => hit.upTo !== undefined;

/**
 * A currency before the digits: a sign, maybe with its country ("US$", "A$", "₱", "₹", "₦"), or a
 * code written before amounts ("Rs 500 crore", "KSh 80 billion", "PHP2.03 billion", "P433.4 million"):
 * the same codes that the mention side never reads as names (lexicon.ts).
 */
const CODES = [...CURRENCY_CODES].sort((a, b) => b.length - a.length).join('|');
// "FJ$", "EC$", "TT$": any country's capitals glued to the dollar sign name its dollar.
const CURRENCY = String.raw`(?:\b[A-Z]{1,3})?\$|[€£¥₱₹₦₩₪₫₴₽₺₨]|\b(?:${CODES})\.?(?=\s?\d)`;
// "about 1,5 million": a comma before ONE digit and a scale word is a decimal comma (thousands come in threes).
// "6,47,000", "1,20,00,000": the Indian grouping (lakhs and crores), pairs of digits before the last three, is one number.
// "57-point-69", "12-point-six": a decimal point spelled out, as broadcasters' scripts write it.
const DIGIT_WORDS = SMALL.slice(0, 10);
const SPELLED_POINT = String.raw`-point-(?:\d+|${DIGIT_WORDS.join('|')})(?![\w-])`;
const DIGITS_RE = new RegExp(String.raw`(${CURRENCY}\s?)?(\d{1,2}(?:,\d{2})+,\d{3}(?![\d,])|\d{1,3}(?:,\d{3})+|\d+)(\.\d+|${SPELLED_POINT}|,\d(?=\s?(?:thousand|million|billion|trillion)\b))?`, 'g');
/** How far before its digits a match of DIGITS_RE may start: the longest code, its full stop and a space (signs are shorter). */
const CURRENCY_REACH = Math.max(...[...CURRENCY_CODES].map((c) => c.length)) + 2;

/**
 * The next match of DIGITS_RE in `s` from its lastIndex, tried only from CURRENCY_REACH before the
 * next digit: the expression is slow to try at every offset of the words between numbers.
 */
function nextDigits(s: string): RegExpExecArray | null {
  // The engine's search finds the digit faster than a loop over the words before it.
  NEXT_DIGIT.lastIndex = DIGITS_RE.lastIndex;
  if (!NEXT_DIGIT.test(s)) return null;
  const digit = NEXT_DIGIT.lastIndex - 1;
  DIGITS_RE.lastIndex = Math.max(DIGITS_RE.lastIndex, digit - CURRENCY_REACH);
  return DIGITS_RE.exec(s);
}
const NEXT_DIGIT = /\d/g;

/**
 * "3 000": the groups set off by spaces after the digits of `m` join them (see space-groups.ts), in
 * the match's text and the digits it holds; the scan goes on after them.
 */
function withSpaceGroups(slice: string, m: RegExpExecArray): void {
  const digits = m[2]!;
  if (m[3] !== undefined || digits.length > 3 || digits.includes(',')) return;
  const end = m.index + m[0].length;
  const groups = spaceGroupsLength(slice, end - digits.length, end) || commaSpaceGroupLength(slice, end - digits.length, end);
  if (!groups) return;
  const tail = slice.slice(end, end + groups);
  m[0] += tail;
  m[2] = digits + tail;
  DIGITS_RE.lastIndex = end + groups;
}

/** The digits of a number without its thousands separators ("12,500", "12 500"). */
const plainDigits = (digits: string): string => digits.replace(NON_DIGITS, '');
const NON_DIGITS = /\D/g;

/** One-letter codes ("P", "N", "R") are money only before a scale or with thousands: "N95" is a mask. */
const LETTER_CODE = /^[A-Z]$/;
/**
 * "R12.2713 to the dollar", "fell to R14.95": the rand glued to a number with decimals is an exchange
 * rate or a price. Road names ("the R21") and "R&D" have no decimals; other one-letter codes keep the
 * stricter rule ("P0.05" is a statistic as often as pesos).
 */
const randRate = (m: RegExpExecArray): boolean => m[1] === 'R' && m[3] !== undefined && m[3].charCodeAt(0) === 46; // .
/**
 * "grew to N602.5", "fell to N41.20": the naira glued to a number with decimals is an amount where
 * "to" gives the level it reached; "N95" (a mask) has no decimals, and elsewhere "N0.05" may be a statistic.
 */
const nairaLevel = (slice: string, m: RegExpExecArray): boolean =>
  m[1] === 'N' && m[3] !== undefined && m[3].charCodeAt(0) === 46 && slice.startsWith('to ', m.index - 3) && !isWordCode(slice.charCodeAt(m.index - 4)); // .
/**
 * "climbed from N8.40 to N13.75", "a payout of N9 per share": the naira glued to a number is an amount also where "from"
 * gives the level a change started at (with decimals, as nairaLevel), or where a share's price or dividend is named around
 * it ("per share", "dividend of"); "N95 masks" has neither.
 */
function nairaAmount(slice: string, m: RegExpExecArray, after: string): boolean {
  if (m[1] !== 'N') return false;
  if (m[3] !== undefined && m[3].charCodeAt(0) === 46 && slice.startsWith('from ', m.index - 5) && !isWordCode(slice.charCodeAt(m.index - 6))) return true; // .
  return PER_SHARE.test(after) || DIVIDEND_OF.test(slice.slice(Math.max(0, m.index - 16), m.index));
}
const PER_SHARE = /^\s+(?:per|a)\s+share\b/i;
const DIVIDEND_OF = /\bdividends?\s+of\s+$/i;
/** A point with no digits after it, or a space and then the point and its digits, right before a scale written out. */
const STRAY_POINT = /^(?:\.|\s\.(\d+))(?=\s?(?:trillion|billion|million)\b)/;
/** Scale words after a number, with the first letters of their words. */
const SUFFIX_SCALE: [RegExp, number, string][] = [
  // "N78.2billionin 2017": a misprint glues the next short word to a scale written out, which still scales the number.
  [/^\s?(?:(?:trillion|tn)\b|trillion(?=(?:in|on|at|to|for|and|from|of)\b))/i, 1e12, 't'],
  [/^\s?(?:(?:billion|bn|b)\b|billion(?=(?:in|on|at|to|for|and|from|of)\b))/i, 1e9, 'b'],
  [/^\s?crores?\b/i, 1e7, 'c'],
  [/^\s?(?:(?:million|mn|m)\b|million(?=(?:in|on|at|to|for|and|from|of)\b))/i, 1e6, 'm'],
  [/^\s?(?:lakhs?|lacs?)\b/i, 1e5, 'l'],
  [/^\s?thousand\b|^\s?k\b/i, 1e3, 'tk'],
];
/**
 * Letters that scale only an amount of money ("Rs. 5.5b", "Rs. 9.65 b", "$4 m", "£20 k"), or a number a currency's
 * word follows ("10m naira"): elsewhere "5b" is a code and "4m" metres. Glued "5mn" and "5k" scale any number.
 */
const MONEY_SCALE = /^(?:\s?b|\s?m|\s(?:mn|k))$/i;
/** "-6 per cent", "–6%": the high end of a range after a percentage, with its own percent sign. */
const PERCENT_HIGH = /^[-–](\d+(?:\.\d+)?)(?:%|\s?per[ -]?cent\b|\s?percent\b)/i;
/** "%", "per cent", also closing a compound: "a 25-per cent plunge", "a 10-percent stake". */
const PERCENT = /^(?:[\s-]|\.(?=%))?(?:%|per[ -]?cent\b|percent\b)/i;
const codesOf = (chars: string): ReadonlySet<number> => new Set([...chars].map((c) => c.charCodeAt(0)));
/** SUFFIX_SCALE's entries by the first letter of their words (in lower case), in its order: only those are tried after a number. */
const SCALES_BY_LEAD = new Map<number, [RegExp, number][]>();
for (const [re, scale, leads] of SUFFIX_SCALE) for (const c of codesOf(leads)) SCALES_BY_LEAD.set(c, [...(SCALES_BY_LEAD.get(c) ?? []), [re, scale]]);
/** What opens a notation that joins a number to a time, date, ordinal or name ("10:30", "5th", "3pm", "401(k)"). */
const NOTATION_LEADS = codesOf(':/sntrap(');
/** The high end of a range after a number ("-15", " – 20"); "40-42.5.%" keeps a misprinted point before its percent sign. */
const RANGE_HIGH = /^\s?[-–]\s?(\d+(?:\.\d+)?)(?:(?![\d.:/])|(?=\.%))/;
/** "5,000-6,000": the high end of a range whose low end has thousands separators has them too (and may end the sentence). */
const GROUPED_RANGE_HIGH = /^\s?[-–]\s?(\d{1,3}(?:,\d{3})+)(?!\d|[.,:/]\d)/;

/**
 * The code unit of `after` past one optional space, with ASCII capitals in lower case: the character
 * `^\s?x` or `^x` (case-insensitive without the u flag, which folds only ASCII) needs to be x.
 */
function leadOf(after: string): number {
  const c = after.charCodeAt(isSpaceAt(after, 0) ? 1 : 0);
  return c >= 65 && c <= 90 ? c + 32 : c;
}

/** Which of findNumbers' scans a sentence needs (bits of `numberKinds`). */
const DIGITS = 1;
const NUMBER_WORDS = 2;
const HALF = 4;

/** The scans findNumbers needs in a sentence, read from its words. */
export interface NumberScan {
  /** Bits of `numberKinds`. */
  kinds: number;
  /**
   * Ranges of the text outside which no run of number words starts: the words that may hold a
   * number word, each with the word before it ("a dozen"). A word of ASCII letters and digits is one
   * run of the scanner; any other word is kept, as the scanner may split it where the word's
   * lower-case form does not ("one\u00ADtwo").
   */
  words: Range[];
}

/** What findNumbers must scan in sentence `s`, whose words are among `tokens`; null when nothing there is a number. */
export function numberScan(tokens: readonly Token[], s: Range): NumberScan | null {
  let kinds = 0;
  const words: Range[] = [];
  const first = firstFrom(tokens, s.start);
  for (let k = first; k < tokens.length && tokens[k]!.start < s.end; k++) {
    const t = tokens[k]!;
    // Most words are plain letters, no number word: told apart here without a call per word.
    const kind = t.shape & (MIXED | DIGIT) || t.cls & NUMBER_WORD ? numberKinds(t) : t.lower === 'half' ? HALF : 0;
    kinds |= kind;
    if (!(kind & NUMBER_WORDS || t.shape & MIXED)) continue;
    const start = k > first ? tokens[k - 1]!.start : s.start;
    const last = words[words.length - 1];
    if (last && last.end >= start) last.end = t.end;
    else words.push({ start, end: t.end });
  }
  return kinds ? { kinds, words } : null;
}

/**
 * Which scans of findNumbers can find anything in this word: DIGITS when it has an ASCII digit,
 * NUMBER_WORDS when a number word stands alone or between signs in it ("twenty-one", "one’s"),
 * HALF when it has "half". Sentences whose words have none skip the number scan.
 */
function numberKinds(t: Token): number {
  const w = t.lower;
  // ASCII letters and digits only: a number word is the whole word, "half" may follow digits ("1half").
  if (!(t.shape & MIXED)) {
    if (t.cls & NUMBER_WORD) return NUMBER_WORDS;
    if (t.shape & DIGIT) return w.includes('half') ? DIGITS | HALF : DIGITS;
    return w === 'half' ? HALF : 0;
  }
  if (t.cls & NUMBER_WORD) return NUMBER_WORDS;
  let kinds = 0;
  let plainLetters = true;
  for (let i = 0; i < w.length; i++) {
    const c = w.charCodeAt(i);
    if (isDigit(c)) kinds = DIGITS;
    else if (c < 97 || c > 122) plainLetters = false;
  }
  if (w.includes('half')) kinds |= HALF;
  // Number words compare as Unicode case folding does: "ſ" (long s) is an "s" (see number-words.ts).
  if (!plainLetters && runs(w.replaceAll('ſ', 's'), LETTER | NUMBER).some((part) => (wordClass(part) & NUMBER_WORD) !== 0)) kinds |= NUMBER_WORDS;
  return kinds;
}

/**
 * Numbers in text[from, to): digits with their notation, number words, "half (of)" as 50% and "half a (percentage) point" as 0.5.
 * `scan` leaves out what cannot find anything there (see `numberScan`).
 */
export function findNumbers(text: string, from: number, to: number, scan: NumberScan): NumberHit[] {
  const slice = text.slice(from, to);
  const hits: NumberHit[] = [];
  const { kinds } = scan;
  if (kinds & DIGITS) {
    DIGITS_RE.lastIndex = 0;
    for (let m = nextDigits(slice); m; m = nextDigits(slice)) {
      withPointWord(slice, m);
      withSpaceGroups(slice, m);
      const hit = digitHit(slice, m, from);
      if (!hit) continue;
      if (hit.split) hits.push(...bothShares(text, hit));
      else hits.push(hit);
      // "10 - 15 people": the scan goes on past a range's high end, which is no number of its own.
      DIGITS_RE.lastIndex = Math.max(DIGITS_RE.lastIndex, hit.end - from);
    }
  }
  const digits = hits.length;
  let k = 0;
  if (kinds & NUMBER_WORDS) {
    // Where the scan goes on after the last run found: a run may end past the words it started in.
    let p = 0;
    // Indexed loops here and below: at the bench's regime an iterator costs more than the few items it walks.
    for (let i = 0; i < scan.words.length; i++) {
      const w = scan.words[i]!;
      const found = findNumberWords(slice, Math.max(p, w.start - from), Math.min(w.end, to) - from);
      for (let r = 0; r < found.length; r++) {
        const m = found[r]!;
        p = m.end;
        const half = halfBefore(slice, m.start);
        const whole = wordsValue(slice.slice(m.start, m.end));
        const value = whole !== null && half >= 0 ? whole / 2 : whole;
        const start = from + (half >= 0 ? half : m.start);
        const end = from + m.end;
        // "million" in "1.2 million" already belongs to the digits before it (both lists are in order).
        while (k < digits && hits[k]!.end <= start) k++;
        const inDigits = (k < digits && hits[k]!.start < end) || scalesDigits(slice, m.start, m.end);
        const range = value === null && !inDigits && half < 0 ? hyphenatedWordRange(slice.slice(m.start, m.end)) : null;
        if (range) hits.push({ value: range[0], upTo: range[1], start, end, unit: null, words: true, yearLike: false });
        if (value === null || inDigits) continue;
        const share = half < 0 ? shareAfter(slice, m.end, value) : null;
        if (share) hits.push({ value: share.value, start, end: end + share.length, unit: '%', words: true, yearLike: false });
        else hits.push({ value, start, end, unit: null, words: true, yearLike: false });
      }
    }
  }
  if (kinds & HALF) {
    const halves = findHalves(slice);
    for (let i = 0; i < halves.length; i++) {
      const start = from + halves[i]!;
      hits.push({ value: 50, start, end: start + 4, unit: '%', words: true, yearLike: false });
    }
    // "cut the rate by half a percentage point": half of the point read after it.
    const points = findHalfPoints(slice);
    for (let i = 0; i < points.length; i++) {
      const { at, length } = points[i]!;
      hits.push({ value: 0.5, start: from + at, end: from + at + length, unit: null, words: true, yearLike: false });
    }
  }
  hits.sort((a, b) => a.start - b.start);
  // "five and a half months", "2 and a half years": the half belongs to the number.
  for (let i = 0; i < hits.length; i++) {
    const hit = hits[i]!;
    if (hit.unit !== null) continue;
    const half = andFollows(text, hit.end, to) ? AND_A_HALF.exec(text.slice(hit.end, Math.min(to, hit.end + 20))) : null;
    if (half) {
      hit.value += 0.5;
      hit.end += half[0].length;
    }
  }
  return withAdditionalOne(text, withAnotherOne(text, withSharedPercent(text, withBracketedDigits(text, joinRanges(text, hits))), to), from, to);
}

/**
 * "29 deaths in Ostra, two in Varn, and an additional death in Kelm": "an additional", "another" or "a further" before a
 * singular noun of a toll, closing a list of counts after ", and", is one more of them, a count of its own (as "one more
 * death" is); alone ("another death would be a tragedy") it is none.
 */
function withAdditionalOne(text: string, hits: NumberHit[], from: number, to: number): NumberHit[] {
  if (hits.length === 0) return hits;
  for (let i = 0; i < ONE_MORE_WORDS.length; i++) {
    const words = ONE_MORE_WORDS[i]!;
    const at = indexIn(text, words, hits[0]!.end, to);
    if (at < 0 || at < from) continue;
    const end = at + words.length - 1;
    if (!ONE_MORE_NOUN.test(text.slice(end, end + 12)) || hits.some((h) => h.start >= at && h.start < end + 12)) continue;
    // The phrase leaves out the article, which would read as a compound's ("an additional death toll").
    hits.push({ value: 1, start: end - ONE_MORE_WORD[i]!, end, unit: null, words: true, yearLike: false });
    hits.sort((a, b) => a.start - b.start);
  }
  return hits;
}
/**
 * Where `words` first starts in text[from, to), or -1. Asked at every sentence with numbers: a search of the text from
 * `from` alone would read on to its end each time.
 */
function indexIn(text: string, words: string, from: number, to: number): number {
  const at = text.slice(from, to + words.length - 1).indexOf(words);
  return at < 0 ? -1 : from + at;
}
/** A comma and "and" closing a list, then a word of one more. */
const ONE_MORE_WORDS = [', and an additional ', ', and another ', ', and a further '];
/** The length of the word of one more in each. */
const ONE_MORE_WORD = [10, 7, 7];
/** A singular noun of a toll right after the words of one more. */
const ONE_MORE_NOUN = /^ (?:death|fatality|casualty|injury|victim|case)\b/;

/**
 * "one person died in Varn and another in Ostra": "another" after a count of one, with its own place, is one more, a count
 * of its own; elsewhere ("one another", "another attack") it is none.
 */
function withAnotherOne(text: string, hits: NumberHit[], to: number): NumberHit[] {
  for (let i = 0; i < hits.length; i++) {
    const one = hits[i]!;
    if (one.value !== 1 || !one.words || isRange(one)) continue;
    const limit = Math.min(to, hits[i + 1]?.start ?? to, one.end + 60);
    const at = indexIn(text, ' and another ', one.end, limit - ANOTHER_LENGTH + 1);
    if (at < 0 || !PLACED_AFTER_ANOTHER.test(text.slice(at + ANOTHER_LENGTH - 1, at + ANOTHER_LENGTH + 4))) continue;
    if (/[.;:!?,\d]/.test(text.slice(one.end, at))) continue;
    hits.splice(i + 1, 0, { value: 1, start: at + 5, end: at + ANOTHER_LENGTH - 1, unit: null, words: true, yearLike: false });
    i++;
  }
  return hits;
}
const ANOTHER_LENGTH = ' and another '.length;
/** " in " or " at " right after "another": its own place. */
const PLACED_AFTER_ANOTHER = /^ (?:in|at) /;

/**
 * "grew by 0.4, 1.2, 2.5 and 3.1 per cent respectively": bare numbers listed before one that carries the percent sign share
 * it, when the list holds three or more, or "respectively" closes it (a bare number read alone would count nothing).
 */
function withSharedPercent(text: string, hits: NumberHit[]): NumberHit[] {
  for (let i = 1; i < hits.length; i++) {
    const last = hits[i]!;
    if (last.unit !== '%' || last.words || isRange(last)) continue;
    let first = i;
    while (first > 0 && isListedBare(hits[first - 1]!) && LIST_GAP.has(text.slice(hits[first - 1]!.end, hits[first]!.start))) first--;
    if (first === i || (i - first < 2 && !text.startsWith(' respectively', last.end))) continue;
    for (let j = first; j < i; j++) hits[j] = { ...hits[j]!, unit: '%' };
  }
  return hits;
}
const isListedBare = (hit: NumberHit): boolean => hit.unit === null && !hit.words && !hit.yearLike && !isRange(hit);
/** What stands between two numbers of a list. */
const LIST_GAP = new Set([', ', ' and ', ', and ']);

/**
 * "four-five percent", "two-three days": two number words joined by a hyphen, the second the greater and no compound
 * ("twenty-five" is one number, which wordsValue reads), are a range; not "one-two meetings" (a few, or a punch).
 */
function hyphenatedWordRange(words: string): [number, number] | null {
  const dash = words.indexOf('-');
  if (dash < 0) return null;
  const low = wordsValue(words.slice(0, dash));
  const high = wordsValue(words.slice(dash + 1));
  return low !== null && high !== null && low > 1 && high > low && high < 20 ? [low, high] : null;
}

/**
 * "fifteen (15) motorcycles", "two (2) vehicles": a number in words with the same value in digits in brackets after it, as
 * legal and official texts write one, is one number, ending after the bracket (so its noun is read after it), as firm as
 * digits are.
 */
function withBracketedDigits(text: string, hits: NumberHit[]): NumberHit[] {
  for (let i = 0; i + 1 < hits.length; i++) {
    const words = hits[i]!;
    const digits = hits[i + 1]!;
    if (!words.words || digits.words || words.unit !== null || digits.unit !== null || isRange(words) || isRange(digits) || words.value !== digits.value) continue;
    const open = spacesFrom(text, words.end, digits.start);
    if (open !== digits.start - 1 || text.charCodeAt(open) !== OPEN_PAREN || text.charCodeAt(digits.end) !== CLOSE_PAREN) continue;
    hits[i] = { ...words, end: digits.end + 1, words: false };
    hits.splice(i + 1, 1);
  }
  return hits;
}

/**
 * "from 11,481 on Jan. 3 to 15,000 on Jan. 4": a day after its month's name ends a date, no low end of a range whose high
 * end could be no day ("from May 3 to 5" still joins, and the date drops both).
 */
function dayBeforeCount(text: string, low: NumberHit, high: NumberHit): boolean {
  return !low.words && low.unit === null && low.value <= 31 && high.value > 31 && isMonth(dottedWordBefore(text, Math.max(0, low.start - 12), low.start));
}

/**
 * "27 to 33 years", "five to seven people", "ranging from 10 to 20": two numbers that bound one
 * quantity are one hit, read as the low end (like "10-15") with the high end's notation and scale.
 * A change over time keeps both numbers ("rose from 5 to 7 million": was 5 million, now 7 million),
 * the first taking the second's scale and unit; so do "rose 25 to 7,310" (a change, then a level),
 * "12% to $5 billion" (different units) and "ruled 5 to 4" (a tally, high end lower).
 */
function joinRanges(text: string, hits: NumberHit[]): NumberHit[] {
  const out: NumberHit[] = [];
  for (let i = 0; i < hits.length; i++) {
    const hit = hits[i]!;
    let low = hit;
    // "$9.45 billion (€6.87 billion) to $9.55 billion (€6.94 billion)": the range runs past the
    // bracketed conversions of its ends, which restate it and are left out.
    const converted = convertedIn(text, low, hits[i + 1]) && CLOSE_TO.test(text.slice(hits[i + 1]!.end, hits[i + 2]?.start ?? 0)) ? 1 : 0;
    const high = hits[i + 1 + converted];
    // "94 cents to $1.03": the low end in cents of the high end's dollars.
    if (high && !converted && low.unit === null && !low.words && DOLLAR.test(high.unit ?? '') && CENTS_TO.test(text.slice(low.end, high.start))) {
      low = { ...low, value: scaledBy(low.value, 0.01), unit: high.unit };
    } else if (!high || low.yearLike || high.yearLike || isRange(low) || dayBeforeCount(text, low, high) || (low.unit !== null && low.unit !== high.unit) || !(converted ? high.unit === low.unit : joinsRange(text, low, high))) {
      out.push(hit);
      continue;
    }
    const before = text.slice(Math.max(0, low.start - 24), low.start);
    // "rose by 22,000 to 2.7 million": an amount of change, then the level it reached.
    if (CHANGE_BEFORE.test(before) && !PHRASAL_PARTICLE.test(before)) {
      out.push(hit);
      continue;
    }
    // "5 to 7 million" is 5 million to 7 million; "500 to 2 million" is not 500 million.
    const scale = scaleOf(text, high);
    const value = scaleOf(text, low) === 1 && low.value * scale < high.value ? scaledBy(low.value, scale) : low.value;
    if (/\bfrom\s+$/i.test(before) && !RANGING_FROM.test(before) && !(value < high.value && earlierLevelAfter(text, out[out.length - 1], low))) {
      // The starting point of a change is in the end point's scale and unit: "from 5 to 7 million".
      out.push({ ...low, value, unit: low.unit ?? high.unit });
      continue;
    }
    if (value >= high.value) {
      out.push(hit);
      continue;
    }
    out.push({ ...high, value, start: low.start, words: low.words && high.words, upTo: high.value });
    i += 1 + converted;
    if (converted && convertedIn(text, high, hits[i + 1])) i++;
  }
  return out;
}

/** `next` is `hit` in another currency, in brackets right after it: "$9.4 billion (€6.84 billion". */
const convertedIn = (text: string, hit: NumberHit, next: NumberHit | undefined): boolean =>
  next !== undefined && hit.unit !== null && next.unit !== null && next.unit !== hit.unit && next.unit !== '%' && hit.unit !== '%' && OPEN_BRACKET_GAP.test(text.slice(hit.end, next.start));
const OPEN_BRACKET_GAP = /^\s*\(\s*$/;
/** ") to ": from a bracketed conversion to the range's high end. */
const CLOSE_TO = /^\s*\)\s+to\s+$/i;
/** " cents to ", " US cents to ": a low end in cents before a high end in dollars. */
const CENTS_TO = /^\s+(?:US\s+)?cents\s+to\s+$/i;
const DOLLAR = /\$$/;

/** "27 to 33", "between 3 and 6", "in the range of 0.3 and 0.5": the words between two numbers that may bound one quantity. */
function joinsRange(text: string, low: NumberHit, high: NumberHit): boolean {
  // "a 12- to 18-metre hull": the low end's hyphen is suspended, its compound's unit written once, after the high end.
  const end = text.charCodeAt(low.end) === 45 && low.unit === null ? low.end + 1 : low.end; // -
  // Each wording opens with a space.
  if (!isSpaceAt(text, end)) return false;
  const gap = text.slice(end, high.start);
  // "three or four months", "two or three people": two numbers in a row joined by "or" guess at one quantity.
  return TO_GAP.test(gap) || (AND_GAP.test(gap) && BOUNDS_AND.test(text.slice(Math.max(0, low.start - 10), low.start))) || (UP_TO_GAP.test(gap) && AT_LEAST_BEFORE.test(text.slice(Math.max(0, low.start - 10), low.start))) || sameNounTo(text, gap, low, high) || (high.value === low.value + 1 && OR_GAP.test(gap));
}
const TO_GAP = /^\s+to\s+$/i;
const OR_GAP = /^\s+or\s+$/i;
/** "at least 40,000 up to 60,000": a lower bound, then "up to" the upper one, bound one estimate. */
const UP_TO_GAP = /^\s+up\s+to\s+$/i;
const AT_LEAST_BEFORE = /\bat\s+least\s+$/i;
const AND_GAP = /^\s+and\s+$/i;
const BOUNDS_AND = /\b(?:between|range of)\s+$/i;
/**
 * "60 cents to 62 cents", "5 tonnes to 7 tonnes", "between 4,000 tonnes and 9,000 tonnes": both ends count the same noun,
 * written after each ("and" only after "between", as for bare ends).
 */
function sameNounTo(text: string, gap: string, low: NumberHit, high: NumberHit): boolean {
  const m = NOUN_TO.exec(gap);
  if (m === null || (m[2] === 'and' && !BOUNDS_AND.test(text.slice(Math.max(0, low.start - 10), low.start)))) return false;
  return text.startsWith(` ${m[1]}`, high.end) && !isWordCode(text.charCodeAt(high.end + 1 + m[1]!.length));
}
const NOUN_TO = /^ (\p{L}+) (to|and) $/u;

/** Comparators that may stand between "by" and the amount of a change: "down by about 60 to 215". */
export const AMOUNT_HEDGES = 'about|around|roughly|some|nearly|almost|approximately|more than|over|at least';
/** A verb of change right before a number, maybe past a comparator: "rose 25 to 7,310" and "down by about 60 to 215" are a change, then a level. */
const CHANGE_BEFORE = new RegExp(
  String.raw`\b(?:rose|risen|rising|rises|fell|fallen|falling|falls|climbed|climbing|dropped|dropping|gained|gaining|lost|losing|jumped|jumping|slipped|slipping|slid|sliding|shed|shedding|added|adding|increased|decreased|declined|declining|grew|grown|surged|plunged|soared|tumbled|edged|advanced|up|down|by)\s+(?:(?:${AMOUNT_HEDGES})\s+)?$`,
  'i',
);
/** "brought down 10 to 12", "shot down 3 to 4", "picked up 5 to 7": "down" or "up" as a verb's particle, whose object is the count, no change. */
const PHRASAL_PARTICLE = /\b(?:brought|bring|brings|bringing|shot|shoot|shoots|shooting|gunned|knocked|took|taken|take|takes|taking|pulled|tore|torn|picked|rounded|locked|set|put|mowed|cut) (?:down|up)\s+$/i;
/**
 * "cut its forecast to $410 million, down from $420 million to $440 million": after a level and a
 * comma, "down from" or "up from" gives the earlier level, so a "to" after it bounds that level, not a
 * change. Only where the numbers rise (a range's order): "…, down from 7% to 5%" stays a change.
 */
function earlierLevelAfter(text: string, level: NumberHit | undefined, low: NumberHit): boolean {
  return level !== undefined && low.start - level.end <= 16 && LEVEL_THEN_FROM.test(text.slice(level.end, low.start));
}
const LEVEL_THEN_FROM = /^\s*,\s*(?:down|up)\s+from\s+$/i;
/** "ranging from 10 to 20", "anywhere from": a "from … to" that bounds one quantity. */
const RANGING_FROM = /\b(?:rang(?:e|es|ed|ing)|var(?:y|ies|ied|ying)|anywhere)\s+from\s+$/i;
/** A scale word closing a number ("7 million", "$5bn", "seven hundred"). */
const TRAILING_SCALE = /(?<![\p{L}])(hundred|thousand|k|lakhs?|lacs?|million|mn|m|crores?|billion|bn|trillion|tn)$/iu;
const SCALE_OF: Record<string, number> = { hundred: 100, thousand: 1e3, k: 1e3, lakh: 1e5, lakhs: 1e5, lac: 1e5, lacs: 1e5, million: 1e6, mn: 1e6, m: 1e6, crore: 1e7, crores: 1e7, billion: 1e9, bn: 1e9, trillion: 1e12, tn: 1e12 };

/** The scale a hit's own words give it: 1e6 for "7 million", 1 for "33". */
function scaleOf(text: string, hit: NumberHit): number {
  const m = TRAILING_SCALE.exec(text.slice(Math.max(hit.start, hit.end - 9), hit.end));
  return m ? SCALE_OF[m[1]!.toLowerCase()]! : 1;
}

/**
 * "two thirds of voters", "three quarters of the homes": a count of thirds or quarters of something is its share, in percent
 * (66.7, 75), not a count of 2 or 3. Only a proper fraction; "quarters" only of a determiner's noun, as "two quarters of
 * growth" are a company's periods.
 */
function shareAfter(slice: string, end: number, value: number): { value: number; length: number } | null {
  const m = SHARE_AFTER.exec(slice.slice(end, end + 32));
  if (!m) return null;
  const parts = m[1]!.toLowerCase().startsWith('third') ? 3 : 4;
  if (!Number.isInteger(value) || value < 1 || value >= parts || (parts === 4 && !SHARE_DETERMINERS.has(m[2]!.toLowerCase()))) return null;
  return { value: Math.round((value / parts) * 1000) / 10, length: 1 + m[1]!.length };
}
const SHARE_AFTER = /^\s(thirds?|quarters?)\s+of\s+(\p{L}+)/iu;
const SHARE_DETERMINERS = new Set(['the', 'its', 'their', 'all', 'his', 'her', 'our', 'those', 'these', 'them']);

/** " and a half", also hyphenated as a compound ("seven-and-a-half percent"). */
const AND_A_HALF = /^(?:\s+and\s+a\s+|-and-a-)half\b/i;

/**
 * "half a million", "half a dozen": where the word "half" starts before a run of number words that
 * opens with "a" or "an" at `start` of `slice`, else -1. The run then counts half of its value.
 */
function halfBefore(slice: string, start: number): number {
  if ((slice.charCodeAt(start) | 32) !== 97 || !ARTICLE.test(slice.slice(start, start + 3))) return -1; // a A
  const gap = spacesBefore(slice, start);
  const at = gap - 4;
  if (gap === start || at < 0 || slice.slice(at, gap).toLowerCase() !== 'half') return -1;
  return at > 0 && classOf(slice.charCodeAt(at - 1)) & LETTER ? -1 : at;
}
const ARTICLE = /^an?\s/i;

/** Spaces and an "a" follow text[at] (before `to`): what AND_A_HALF needs, tested without running it after every number. */
function andFollows(text: string, at: number, to: number): boolean {
  const next = text.charCodeAt(at) === HYPHEN ? at + 1 : spacesFrom(text, at, to);
  return next > at && (text.charCodeAt(next) | 32) === 97; // a A
}

/**
 * "billion" in "XYZ5.5 billion", where the digits were no figure of their own: a scale word right
 * after digits never counts on its own.
 */
function scalesDigits(slice: string, start: number, end: number): boolean {
  const before = slice.charCodeAt(slice[start - 1] === ' ' ? start - 2 : start - 1);
  return isDigit(before) && isScaleWord(slice.slice(start, end));
}

/** The digits of `m` in `slice` (which starts at `from` in the text), with their notation. */
function digitHit(slice: string, m: RegExpExecArray, from: number): NumberHit | null {
  const start = m.index;
  let end = start + m[0].length;
  // Part of a name, code, date or time: "G20", "COVID-19", "24/6", "10:30", "v1.2".
  if (start > 0 && joinsNumber(slice.charCodeAt(start - 1)) && !(m[1] === undefined && gluedToWord(slice, start, start + m[0].length))) return null;
  // "from N141. billion", "from N791 .2 billion": a misprinted point or space inside an amount before its scale.
  const stray = m[1] !== undefined && m[3] === undefined ? STRAY_POINT.exec(slice.slice(end, end + 16)) : null;
  if (stray) end += stray[0].length;
  const after = slice.slice(end, end + 12);
  // The expressions below that read `after` open with a character (past one space) that most numbers
  // lack there: each is run only where it may match.
  const lead = leadOf(after);
  // …and "401(k)", a plan's name; but "leading 63/37" is a poll's split, read as its two shares.
  if (NOTATION_LEADS.has(lead) && /^(?:[:/]\d|st\b|nd\b|rd\b|th\b|s\b|\s?[ap]\.?m\b\.?|\([a-z]\))/i.test(after)) {
    const split = m[1] || m[3] ? 0 : splitLength(slice, start, m[2]!, after);
    return split ? { value: Number(m[2]), start: start + from, end: end + split + from, unit: '%', words: false, yearLike: false, split: true } : null;
  }
  const currency = m[1]?.trim().replace(/\.$/, '') ?? null;
  const digits = plainDigits(m[2]!);
  let value = Number(digits + decimals(m[3] ?? (stray?.[1] !== undefined ? `.${stray[1]}` : undefined)));
  let unit: string | null = currency;
  const suffix = scaleAfter(after, currency !== null, slice, end);
  const scaled = suffix !== null;
  if (suffix) {
    value = scaledBy(value, suffix.scale);
    end += suffix.length;
  }
  if (currency !== null && LETTER_CODE.test(currency) && !scaled && digits.length === m[2]!.length && !randRate(m) && !nairaLevel(slice, m) && !nairaAmount(slice, m, after)) return null;
  const pct = scaled || (lead !== 37 && lead !== 112 && !hyphenP(after)) ? null : PERCENT.exec(after); // % p
  if (pct) {
    unit = '%';
    end += pct[0].length;
    // "the 2 per cent-6 per cent target band": a range whose ends each carry the percent sign.
    const upper = slice.charCodeAt(end) === 45 || slice.charCodeAt(end) === 0x2013 ? PERCENT_HIGH.exec(slice.slice(end, end + 20)) : null; // - –
    if (upper && Number(upper[1]) > value) return { value, start: start + from, end: end + upper[0].length + from, unit, words: false, yearLike: false, upTo: Number(upper[1]) };
  }
  // "180km", "5kg", "10mm": a unit of measure glued to the digits.
  // Most numbers have no ASCII letter right after them: the expression is spared there.
  const glued = scaled || pct || currency !== null || !isAsciiLetter(after.charCodeAt(0)) ? null : GLUED_UNIT.exec(after);
  if (glued) {
    unit = glued[1]!;
    end += glued[1]!.length;
  }
  const degrees = glued || scaled || pct || currency !== null ? null : gluedDegrees(slice, end);
  if (degrees) {
    unit = degrees;
    end++;
  }
  // Compound adjectives ("34-year-old", "10-day") and codes ("4x4", "5G") are not counts; "a 7.8-magnitude quake" is one.
  if (!scaled && !pct && !glued && !degrees && opensMixedCompound(after)) return null;
  if (!scaled && !pct && !glued && !degrees && letterFollows(slice, end, Math.min(slice.length, end + 12)) && !compoundUnitAt(slice, end) && !markAt(slice, start, end) && !plusAt(slice, end)) return null;
  // m[2] holds digits and separators, which come only between groups of three: four characters are four digits.
  const yearLike = !currency && !scaled && !pct && !glued && !degrees && !m[3] && m[2]!.length === 4;
  // "10-15 people": a range reads as its low end with ">="; "3-2" (a score, high end lower) is no range.
  const dash = lead === 45 || lead === 0x2013 ? (m[2]!.includes(',') ? GROUPED_RANGE_HIGH.exec(slice.slice(end, end + 16)) ?? RANGE_HIGH.exec(after) : RANGE_HIGH.exec(after)) : null; // - –
  const high = dash?.[1]!.replaceAll(',', '');
  // "leads 52-48 on the two-party vote": two shares of a vote, each read in percent (bothShares).
  if (dash && unit === null && !m[3] && dashedSplit(digits, high!, slice.slice(end + dash[0].length, end + dash[0].length + 40))) {
    return { value, start: start + from, end: end + dash[0].length + from, unit: '%', words: false, yearLike: false, split: true };
  }
  if (dash && unit === null && !m[3] && isVoteTally(digits, high!, slice.slice(Math.max(0, start - 16), start), slice.slice(end + dash[0].length, end + dash[0].length + 24))) {
    return { value, start: start + from, end: end + dash[0].length + from, unit: 'votes', words: false, yearLike: false, split: true };
  }
  if (dash && unit === null && !m[3] && !high!.includes('.') && (isScore(slice, start, end + dash[0].length, Number(digits) === Number(high)) || isTally(m[2]!, high!))) {
    return { value, start: start + from, end: end + dash[0].length + from, unit: 'score', words: false, yearLike: false };
  }
  const range = high !== undefined && !yearLike && Number(high) > Number(digits + decimals(m[3]));
  if (!range) return { value, start: start + from, end: end + from, unit, words: false, yearLike };
  // "5-7 million", "10–15%": the scale or percent sign after the high end is the whole range's.
  let rangeEnd = end + dash![0].length;
  const highAfter = slice.slice(rangeEnd, rangeEnd + 12);
  const highSuffix = scaleAfter(highAfter, currency !== null, slice, rangeEnd);
  const highPct = highSuffix ? null : PERCENT.exec(highAfter);
  rangeEnd += highSuffix?.length ?? highPct?.[0].length ?? 0;
  // "5-7pm", "10-15-year-olds": a compound or a code, like "34-year-old".
  if (!highSuffix && !highPct && letterFollows(slice, rangeEnd, Math.min(slice.length, rangeEnd + 12))) return null;
  const scale = highSuffix?.scale ?? 1;
  return { value: scaledBy(value, scale), start: start + from, end: rangeEnd + from, unit: highPct ? '%' : unit, words: false, yearLike, upTo: scaledBy(Number(high), scale) };
}

/**
 * "highs of 41C to 44C (106F to 111F)": a capital C or F glued to the digits is a temperature where its sentence speaks of
 * heat or temperatures (elsewhere "4C" is a flat's number); the unit is the one "41 degrees Celsius" is read with.
 */
function gluedDegrees(slice: string, end: number): string | null {
  const c = slice.charCodeAt(end);
  if ((c !== 67 && c !== 70) || isWordCode(slice.charCodeAt(end + 1)) || !TEMPERATURE_WORDS.test(slice)) return null; // C F
  return c === 67 ? 'degrees Celsius' : 'degrees Fahrenheit';
}
const TEMPERATURE_WORDS = /temperature|heat|\bhighs?\b|thermometer|mercury/i;

const isAsciiLetter = (c: number): boolean => (c | 32) >= 97 && (c | 32) <= 122;
/** Units of measure written right after digits ("180km"), ending there ("2km-long" too; not "5kgs" or "4km2"). */
const GLUED_UNIT = /^(km|kg|mm|cm|mg|ml|kw|mw|gw|kwh|mwh|gwh|kph|mph|ha|ft|lbs?)(?![\p{L}\p{N}])/iu;

/**
 * "crossed the 200-mark": a threshold named by its number, which a toll passes (the comparator is
 * read before it); the mark is no unit of what is counted.
 */
/** "it is 200-plus", "200-plus deaths": "-plus" glued to the digits is a bound (plusAfter reads it), no compound's word. */
const plusAt = (slice: string, at: number): boolean => slice.startsWith('-plus', at) && !isAsciiLetter(slice.charCodeAt(at + 5));
const markAt = (slice: string, start: number, at: number): boolean =>
  slice.startsWith('-mark', at) && !isAsciiLetter(slice.charCodeAt(at + 5)) && slice.startsWith('the ', start - 4); // not "a 200-mark note"

/** The decimals of digits, read with a point where the text wrote a decimal comma ("1,5 million") or spelled it ("-point-six"). */
function decimals(part: string | undefined): string {
  if (!part) return '';
  if (part.charCodeAt(0) !== 45) return `.${part.slice(1)}`; // -
  const after = part.slice(POINT_LENGTH);
  const word = DIGIT_WORDS.indexOf(after.toLowerCase());
  return `.${word >= 0 ? word : after}`;
}
const POINT_LENGTH = '-point-'.length;

/**
 * "two-point-66 billion": a digit's word before a spelled point opens the number whose decimals `m`
 * matched; `m` is made to hold it as if written "2-point-66" (in its text, the word).
 */
function withPointWord(slice: string, m: RegExpExecArray): void {
  if (m[1] !== undefined || m[3] !== undefined || m.index < POINT_LENGTH + 3 || !slice.startsWith('-point-', m.index - POINT_LENGTH)) return;
  const w = POINT_WORD_BEFORE.exec(slice.slice(Math.max(0, m.index - POINT_LENGTH - 6), m.index - POINT_LENGTH));
  if (!w) return;
  const start = m.index - POINT_LENGTH - w[1]!.length;
  m[3] = slice.slice(m.index - POINT_LENGTH, m.index) + m[2];
  m[2] = String(DIGIT_WORDS.indexOf(w[1]!.toLowerCase()));
  m[0] = slice.slice(start, m.index) + m[0];
  m.index = start;
}
const POINT_WORD_BEFORE = new RegExp(String.raw`(?<![\p{L}\p{N}-])(${DIGIT_WORDS.join('|')})$`, 'iu');

/**
 * "the 3 1/2-year-old strike": whole digits before a fraction glued to a compound adjective open that compound (an age or a
 * length, as "34-year-old" is), no count. A space, a digit and a slash open `after`: asked only there.
 */
const opensMixedCompound = (after: string): boolean => after.charCodeAt(0) === 32 && isDigit(after.charCodeAt(1)) && after.charCodeAt(2) === 47 && MIXED_COMPOUND.test(after); // space /
const MIXED_COMPOUND = /^ \d\/\d{1,2}-\p{L}/u;

/** "-p" opens `after`: maybe a compound's "-per cent". */
const hyphenP = (after: string): boolean => after.charCodeAt(0) === 45 && (after.charCodeAt(1) | 32) === 112;

/** The scale word after digits ("4.1 billion", "$4m"), with its length. A bare "m" scales only money; otherwise it is metres. */
function scaleAfter(after: string, money: boolean, slice = after, at = 0): { scale: number; length: number } | null {
  // "R55-billion", "$4-million": an amount's scale may be hyphenated, as South African and Canadian papers write it.
  if (money && after.charCodeAt(0) === 45) {
    const hyphenated = scaleAfter(after.slice(1), true);
    return hyphenated && !/^\s/.test(after.slice(1)) ? { scale: hyphenated.scale, length: hyphenated.length + 1 } : null;
  }
  const scales = SCALES_BY_LEAD.get(leadOf(after)) ?? [];
  // An indexed loop: at the bench's regime, destructuring each entry costs more than its expression.
  for (let i = 0; i < scales.length; i++) {
    const re = scales[i]![0];
    const scale = scales[i]![1];
    const s = re.exec(after);
    if (s && (money || !MONEY_SCALE.test(s[0]) || currencyWordAfter(after, s[0].length) || PEOPLE_AFTER_SCALE.test(slice.slice(at + s[0].length, at + s[0].length + 32)))) return { scale, length: s[0].length };
  }
  return null;
}

/**
 * "70% of the 37m registered voters", "its 2m residents", "the 1.4m state sector workers": people counted right after "m"
 * or "b" (maybe past one or two words of which they are) make it a scale, as a currency's word does; "a 4m wall" stays
 * four metres.
 */
const PEOPLE_AFTER_SCALE = /^\s+(?:\p{Ll}[\p{Ll}-]*\s+){0,2}(?:people|voters|residents|inhabitants|citizens|users|viewers|listeners|readers|customers|subscribers|children|adults|households|passengers|visitors|members|workers|employees|farmers|refugees|migrants)(?![\p{L}-])/u;
/** "10m naira": a currency's word right after the scale at `at` makes the amount money. */
function currencyWordAfter(after: string, at: number): boolean {
  const from = spacesFrom(after, at, after.length);
  let end = from;
  while (end < after.length && isAsciiLetter(after.charCodeAt(end))) end++;
  return from > at && CURRENCY_WORDS.has(after.slice(from, end).toLowerCase());
}

/** 4.1 × 1e9 is 4099999999.9999995 in floating point; figures are compared for equality. */
const scaledBy = (value: number, scale: number): number => (scale === 1 ? value : Number((value * scale).toPrecision(15)));

/**
 * Verbs of a game's result before its score, maybe with a team's name ("defeated Port United 2-1") or
 * the games played ("lost the series 0-3", "drew the two-match series 1-1") between.
 */
const SCORE_BEFORE =
  /\b(?:won|win|wins|winning|beat|beats|beating|beaten|defeated|defeating|lost|lose|loses|losing|drew|draw|drawing|trailed|trailing|led|leading|ended|finished|thrashed|edged|routed)\s+(?:(?:the|their|its|our|a)\s+(?:[\p{L}'’-]+\s+){1,3}|(?:\p{Lu}[\p{L}'’-]*\s+){0,3})$/u;
/** Nouns of a game's result after its score ("a 2-0 win", "their 0-1 loss"). */
const SCORE_AFTER = /^\s+(?:(?:home|away|aggregate)\s+)?(?:wins?|victory|victories|defeats?|loss|losses|draws?|lead|scoreline|triumph|thrashing|drubbing|result)\b/i;

/**
 * "won 3-2", "a 2-0 win", "poised at 1-1": two whole numbers joined by a dash are a game's score
 * where a result's verb comes before or its noun after, or where they are level after "at". Such a
 * pair is neither a range nor a count; `start` and `end` bound the pair in `slice`.
 */
function isScore(slice: string, start: number, end: number, level: boolean): boolean {
  if (SCORE_AFTER.test(slice.slice(end, end + 30))) return true;
  const before = slice.slice(Math.max(0, start - 48), start);
  return SCORE_BEFORE.test(before) || (level && /\bat\s+$/.test(before));
}

/**
 * Two whole shares that make 100 ("53-47", "52–48"), the first the larger, right before the vote or poll they split
 * ("on the two-party vote", "in the poll"): no score of a game, no range.
 */
function dashedSplit(low: string, high: string, after: string): boolean {
  if (low.length > 2 || high.length > 2 || Number(low) + Number(high) !== 100 || Number(high) > Number(low)) return false;
  return SPLIT_VOTE_AFTER.test(after);
}
const SPLIT_VOTE_AFTER = /^\s+(?:on|in)\s+(?:the\s+|a\s+|(?:\p{Lu}[\p{L}'’-]*\s+){1,2})?(?:[\p{L}-]+\s+){0,3}?(?:vote|votes|poll|polls|polling|ballot|survey|count)\b/u;

/** "made it 4-0": two small whole numbers, the second lower, read as no range but a score. */
const isTally = (low: string, high: string): boolean => low.length <= 2 && high.length <= 2 && Number(high) < Number(low);

/**
 * "indicated that14 people": digits glued by a lost space to a whole lower-case word before them (a function word,
 * a reporting verb or its filler), with a space after, are a number of their own; "G20", "COVID19", "MH17", "mp3"
 * are not so.
 */
function gluedToWord(slice: string, start: number, end: number): boolean {
  if (!isSpaceAt(slice, end)) return false;
  let i = start;
  while (i > 0 && isLowerAscii(slice.charCodeAt(i - 1))) i--;
  if (start - i < 2 || (i > 0 && classOf(slice.charCodeAt(i - 1)) & (LETTER | NUMBER))) return false;
  return (wordClass(slice.slice(i, start)) & GLUED_WORDS) !== 0;
}
const GLUED_WORDS = FUNCTION | REPORTING_VERB | VERB_FILLER;

/** /[\p{L}\p{N}\-–/.:#]/u on one code unit: what glues digits to a name, code, date or time. */
const joinsNumber = (c: number): boolean =>
  (classOf(c) & (LETTER | NUMBER)) !== 0 || c === 45 || c === 0x2013 || c === 47 || c === 46 || c === 58 || c === 35;
