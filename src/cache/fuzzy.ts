/** Edits a typed word may be away from a stored word: none for short words, where one edit is another word. */
export function allowedEdits(term: string): number {
  return term.length < 4 ? 0 : term.length < 8 ? 1 : 2;
}

/**
 * Edit distance between `term` and the closest prefix of `word` (insertions, deletions,
 * substitutions and swaps of adjacent letters), or Infinity when it exceeds `max`. Prefix, because
 * the reader is still typing: "novya gaz" is one edit from "novaya gazeta".
 */
export function prefixDistance(term: string, word: string, max: number): number {
  const m = term.length;
  const n = Math.min(word.length, m + max);
  let prev2: number[] = [];
  let prev = Array.from({ length: n + 1 }, (_, j) => j);
  for (let i = 1; i <= m; i++) {
    const row = [i];
    let rowMin = i;
    for (let j = 1; j <= n; j++) {
      const cost = term[i - 1] === word[j - 1] ? 0 : 1;
      let d = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + cost);
      if (i > 1 && j > 1 && term[i - 1] === word[j - 2] && term[i - 2] === word[j - 1]) d = Math.min(d, prev2[j - 2]! + 1);
      row.push(d);
      rowMin = Math.min(rowMin, d);
    }
    if (rowMin > max) return Infinity;
    prev2 = prev;
    prev = row;
  }
  const best = Math.min(...prev);
  return best <= max ? best : Infinity;
}

/**
 * Two-letter index prefixes under which the stored word `term` may be a typo of is looked up: its
 * first two letters ("putn" → "pu"), them swapped ("uptin" → "pu"), and its first and third letters,
 * for a swap or a deletion at the second ("ptuin" → "pu", "pti" → "pi" for a stored "p?ti…" word).
 * A typo in the very first letter is not tolerated: readers rarely make it, and allowing it would
 * scan the whole vocabulary at every keystroke.
 */
export function probePrefixes(term: string): string[] {
  if (term.length < 3) return [term];
  return [...new Set([term.slice(0, 2), term[1]! + term[0]!, term[0]! + term[2]!])];
}
