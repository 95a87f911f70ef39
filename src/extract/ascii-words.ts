import { hasAsciiWord } from './chars';

/**
 * hasAsciiWord(s, word) for a `word` in lower case, read from `s` in lower case. Why: the rules test a dozen guard words on the
 * same window before or after each count (and windows of the same stretch that other rules cut again), a regex scan and call
 * each, a tenth of the rows' time; the window is put in lower case once (for the last two windows seen) and each word is a
 * plain search of it.
 */
export function hasLowerWord(s: string, word: string): boolean {
  const seen = lowered(s);
  return seen.lower.includes(word) && exactly(seen, s, word);
}
/**
 * Whether `s` holds any of `words`, in any case: `words.some((w) => hasAsciiWord(s, w))`, from `s` in lower case as hasLowerWord.
 * The words in lower case and their alternation are kept while their (constant) array lives.
 */
export function someAsciiWord(s: string, words: readonly string[]): boolean {
  let list = LISTS.get(words);
  if (!list) {
    const re = new RegExp(words.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|'), 'i');
    LISTS.set(words, (list = { lower: words.map((w) => w.toLowerCase()), re }));
  }
  const seen = lowered(s);
  if (!list.lower.some((w) => seen.lower.includes(w))) return false;
  return (seen.exact ??= exactLower(s, seen.lower)) || list.re.test(s);
}
const LISTS = new WeakMap<readonly string[], { lower: readonly string[]; re: RegExp }>();

interface Lowered {
  s: string;
  lower: string;
  /** Whether every ASCII character of `lower` is one of `s` (undefined until a word is found). */
  exact: boolean | undefined;
}
let last: Lowered = { s: '', lower: '', exact: true };
let previous: Lowered = last;
function lowered(s: string): Lowered {
  if (s === last.s) return last;
  if (s === previous.s) [last, previous] = [previous, last];
  else [last, previous] = [{ s, lower: s.toLowerCase(), exact: undefined }, last];
  return last;
}
const exactly = (seen: Lowered, s: string, word: string): boolean => (seen.exact ??= exactLower(s, seen.lower)) || hasAsciiWord(s, word);
/**
 * toLowerCase makes ASCII of no other character than "İ" (as "i̇", two characters) and the Kelvin sign (as "k"), neither of which
 * an ASCII word matches in any case: with neither in `s`, a word found in its lower case is in `s`. Any ASCII run that matches
 * is found, since ASCII letters lower one for one.
 */
const exactLower = (s: string, lower: string): boolean => lower.length === s.length && !s.includes('\u212A');
