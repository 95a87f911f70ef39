/** A word with its offsets in the article text. */
export interface Token {
  text: string;
  lower: string;
  start: number;
  end: number;
  /** A trailing ’s was cut off: the word ends any name it is part of. */
  possessive: boolean;
  /** isCapitalised(text), computed once: every stage asks it. */
  capitalised: boolean;
}

// Invisible characters (soft hyphen, zero-width joiners) are kept inside words so that a name
// broken by one stays one word; keys strip them (see `plain`).
const INNER = '[\\p{L}\\p{N}\\p{M}\\u00AD\\u200B-\\u200D\\u2060]*';
// Each joiner must be followed by a letter or digit, so the repetition cannot backtrack badly.
const WORD = new RegExp(`[\\p{L}\\p{N}]${INNER}(?:[’'.&-][\\p{L}\\p{N}]${INNER})*\\+?`, 'gu');
const INVISIBLE = /[\u00AD\u200B-\u200D\u2060]/g;
const HAS_INVISIBLE = /[\u00AD\u200B-\u200D\u2060]/;

/** Removes invisible characters, for comparisons and names. */
export const plain = (s: string): string => s.replace(INVISIBLE, '');

/** Words of the whole text, in order; read once and shared by every stage (see `wordsIn`). */
export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  // Most texts have no invisible characters: then no word needs cleaning.
  const clean = !HAS_INVISIBLE.test(text);
  WORD.lastIndex = 0;
  for (let m = WORD.exec(text); m; m = WORD.exec(text)) {
    let word = m[0];
    const last = word.charCodeAt(word.length - 1);
    const possessive = (last === 115 || last === 83) && word.length > 2 && (word[word.length - 2] === '’' || word[word.length - 2] === "'");
    if (possessive) word = word.slice(0, -2);
    const start = m.index;
    out.push({
      text: word,
      lower: (clean ? word : plain(word)).toLowerCase(),
      start,
      end: start + word.length,
      possessive,
      capitalised: isCapitalised(word),
    });
  }
  return out;
}

/** Index of the first token starting at or after `pos`. */
export function tokenFrom(tokens: readonly Token[], pos: number): number {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid]!.start < pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Starts with a capital, or has one after a lower-case or digit prefix ("eBay", "3M"); not "pro-Kremlin". */
export const isCapitalised = (word: string): boolean => /^(?:\p{Lu}|\p{Ll}+\p{Lu}|\p{N}+\p{Lu})/u.test(word);

/** All capitals and at least two letters long ("BBC", "LGBTQ+"). */
export const isAcronym = (word: string): boolean => /^[\p{Lu}\p{N}&.+-]{2,}$/u.test(word) && /\p{Lu}.*\p{Lu}|\p{Lu}\p{N}|\p{N}\p{Lu}/u.test(word);
