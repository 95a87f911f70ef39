/** A word with its offsets in the article text. */
export interface Token {
  text: string;
  lower: string;
  start: number;
  end: number;
  /** A trailing ’s was cut off: the word ends any name it is part of. */
  possessive: boolean;
}

// Invisible characters (soft hyphen, zero-width joiners) are kept inside words so that a name
// broken by one stays one word; keys strip them (see `plain`).
const INNER = '[\\p{L}\\p{N}\\p{M}\\u00AD\\u200B-\\u200D\\u2060]*';
// Each joiner must be followed by a letter or digit, so the repetition cannot backtrack badly.
const WORD = new RegExp(`[\\p{L}\\p{N}]${INNER}(?:[’'.&-][\\p{L}\\p{N}]${INNER})*\\+?`, 'gu');
const INVISIBLE = /[\u00AD\u200B-\u200D\u2060]/g;

/** Removes invisible characters, for comparisons and names. */
export const plain = (s: string): string => s.replace(INVISIBLE, '');

/** Words of text[from, to). */
export function tokenize(text: string, from: number, to: number): Token[] {
  const out: Token[] = [];
  const slice = text.slice(from, to);
  for (const m of slice.matchAll(WORD)) {
    let word = m[0];
    const possessive = /['’][sS]$/.test(word);
    if (possessive) word = word.slice(0, -2);
    const start = from + (m.index ?? 0);
    out.push({ text: word, lower: plain(word).toLowerCase(), start, end: start + word.length, possessive });
  }
  return out;
}

/** Starts with a capital, or has one after a lower-case or digit prefix ("eBay", "3M"); not "pro-Kremlin". */
export const isCapitalised = (word: string): boolean => /^(?:\p{Lu}|\p{Ll}+\p{Lu}|\p{N}+\p{Lu})/u.test(word);

/** All capitals and at least two letters long ("BBC", "LGBTQ+"). */
export const isAcronym = (word: string): boolean => /^[\p{Lu}\p{N}&.+-]{2,}$/u.test(word) && /\p{Lu}.*\p{Lu}|\p{Lu}\p{N}|\p{N}\p{Lu}/u.test(word);
