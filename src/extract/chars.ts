/**
 * Unicode classes of characters, for the hand-written scanners that replace per-word regular
 * expressions on the hot path. Each character is classified once, by the same `\p{…}` and `\s`
 * classes the expressions used, and the answer is cached for every BMP character.
 */
export const LETTER = 1;
export const NUMBER = 2;
export const MARK = 4;
export const UPPER = 8;
export const LOWER = 16;
export const SPACE = 32;
/** Soft hyphen and zero-width joiners: kept inside words, removed from keys (see tokens.ts `plain`). */
export const INVISIBLE = 64;
const KNOWN = 128;

/** The comma's char code, for scanners that look for it between words. */
export const COMMA = 44;

/** The full stop's char code, for scanners that look for an abbreviation's or a sentence's dot. */
export const DOT = 46;

/** The plain space's char code (SPACE above is the class of every space character). */
export const SPACE_CODE = 32;

/** Round brackets' char codes: ( and ). */
export const OPEN_PAREN = 40;
export const CLOSE_PAREN = 41;

export const isLowerAscii = (c: number): boolean => c >= 97 && c <= 122;

/**
 * Classes of the ASCII characters, computed without the expressions. Most text is ASCII, so the
 * hottest loops read this table directly (`c < 128 ? ASCII[c] : classAt(…)`) instead of calling.
 */
export const ASCII = new Uint8Array(128);
for (let c = 0; c < 128; c++) {
  const upper = c >= 65 && c <= 90;
  const lower = c >= 97 && c <= 122;
  const space = c === 32 || (c >= 9 && c <= 13);
  ASCII[c] = (upper || lower ? LETTER : 0) | (upper ? UPPER : 0) | (lower ? LOWER : 0) | (c >= 48 && c <= 57 ? NUMBER : 0) | (space ? SPACE : 0);
}

const cache = new Uint8Array(0x10000);
for (let c = 0; c < 128; c++) cache[c] = ASCII[c]! | KNOWN;

function classify(ch: string): number {
  return (
    (/\p{L}/u.test(ch) ? LETTER : 0) |
    (/\p{N}/u.test(ch) ? NUMBER : 0) |
    (/\p{M}/u.test(ch) ? MARK : 0) |
    (/\p{Lu}/u.test(ch) ? UPPER : 0) |
    (/\p{Ll}/u.test(ch) ? LOWER : 0) |
    (/\s/u.test(ch) ? SPACE : 0) |
    (/[\u00AD\u200B-\u200D\u2060]/.test(ch) ? INVISIBLE : 0)
  );
}

/** Class bits of a code point (a lone surrogate is its own code point and in no class). */
export function classOf(cp: number): number {
  if (cp > 0xffff) return classify(String.fromCodePoint(cp));
  const known = cache[cp]!;
  if (known) return known & ~KNOWN;
  const k = classify(String.fromCharCode(cp));
  cache[cp] = k | KNOWN;
  return k;
}

/**
 * `s.charCodeAt(i)`, NaN outside the string as there, for reads that may fall past either end (the
 * code unit before a name at the text's start). V8 compiles a function for the reads it has seen: one
 * out of range throws its optimised code away, and a big rule function takes long to compile again.
 */
export const codeAt = (s: string, i: number): number => (i >= 0 && i < s.length ? s.charCodeAt(i) : NaN);

/** Class bits of the character at `i` (a surrogate pair counts as one character); none outside the string. */
export function classAt(s: string, i: number): number {
  if (i < 0 || i >= s.length) return 0;
  const c = s.charCodeAt(i);
  // Most text is ASCII: read from the table without a call.
  return c < 128 ? ASCII[c]! : c < 0xd800 ? classOf(c) : classOf(s.codePointAt(i)!);
}

/** Length in code units of the character at `i`. */
export function widthAt(s: string, i: number): number {
  const c = s.charCodeAt(i);
  return c >= 0xd800 && c < 0xdc00 && s.codePointAt(i)! > 0xffff ? 2 : 1;
}

/** Start of the character that ends just before `i`. */
export function charBefore(s: string, i: number): number {
  const c = codeAt(s, i - 1);
  return c >= 0xdc00 && c <= 0xdfff && i >= 2 && (s.charCodeAt(i - 2) & 0xfc00) === 0xd800 ? i - 2 : i - 1;
}

/** `\s` as JavaScript regular expressions read it. */
export const isSpaceAt = (s: string, i: number): boolean => {
  if (i < 0 || i >= s.length) return false;
  const c = s.charCodeAt(i);
  return ((c < 128 ? ASCII[c]! : classOf(c)) & SPACE) !== 0;
};

/** End of the spaces (`\s*`) from `i`, not after `hi`. */
export function spacesFrom(s: string, i: number, hi = s.length): number {
  while (i < hi && isSpaceAt(s, i)) i++;
  return i;
}

/**
 * `s` holds `word` (given in lower case) in any ASCII case: a test cheaper than the case-insensitive
 * pattern it guards, which cannot match without these letters ("in ", "of th"). A literal under the
 * `i` flag without `u` matches ASCII letters in either case and nothing else for them; the engine's
 * compiled search runs far faster than a loop over every offset, so each word gets one, made once.
 */
export function hasAsciiWord(s: string, word: string): boolean {
  let re = WORD_SEARCHES.get(word);
  if (!re) WORD_SEARCHES.set(word, (re = new RegExp(word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'), 'i')));
  return re.test(s);
}
const WORD_SEARCHES = new Map<string, RegExp>();

/** Start of the spaces (`\s*`) that end at `i`. */
export function spacesBefore(s: string, i: number): number {
  while (i > 0 && isSpaceAt(s, i - 1)) i--;
  return i;
}

/** The ASCII hyphen, which joins compounds ("a 10-day", "400-tonne") and ranges. */
export const HYPHEN = 45;

/** An ASCII digit code unit. */
export const isDigit = (c: number): boolean => c >= 48 && c <= 57;

/** `\w` of a regular expression, what `\b` tells apart: an ASCII letter, digit or "_". */
export const isWordCode = (c: number): boolean => (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95;

/** The runs of characters of class `cls` in `s`, in order ("it’s 4 a.m." by LETTER: it, s, a, m). */
export function runs(s: string, cls: number): string[] {
  const out: string[] = [];
  let start = -1;
  for (let i = 0; i < s.length; ) {
    const c = s.charCodeAt(i);
    // Most text is ASCII: its characters are one code unit each, read from the table.
    if ((c < 128 ? ASCII[c]! : classAt(s, i)) & cls) {
      if (start < 0) start = i;
    } else if (start >= 0) {
      out.push(s.slice(start, i));
      start = -1;
    }
    i += c < 0xd800 ? 1 : widthAt(s, i);
  }
  if (start >= 0) out.push(s.slice(start));
  return out;
}
