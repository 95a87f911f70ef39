/**
 * Whether `s` holds any of `words`, in any case: `words.some((w) => hasAsciiWord(s, w))` in one scan of `s`. Why: the rules test
 * a list of guard words on the window before or after every count, and a scan (and a call) per word was a tenth of the rows' time.
 * One alternation per list, kept while its (constant) array lives.
 */
export function someAsciiWord(s: string, words: readonly string[]): boolean {
  let re = ALTERNATIONS.get(words);
  if (!re) ALTERNATIONS.set(words, (re = new RegExp(words.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|'), 'i')));
  return re.test(s);
}
const ALTERNATIONS = new WeakMap<readonly string[], RegExp>();
