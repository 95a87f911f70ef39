import { perPackMemory } from './per-pack-memory';
import { stringAt, type SearchIndexRow } from './search-index';

/** One pack's search index in memory, as stored: a keystroke is answered from here without reading records. */
export interface LoadedIndex extends SearchIndexRow {
  size: number;
}

/** Numbers of the vocabulary words that start with `prefix`, as [lo, hi). */
export function prefixRange(index: LoadedIndex, prefix: string): [number, number] {
  const lowerBound = (s: string) => {
    let lo = 0;
    let hi = index.size;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (stringAt(index.vocabulary, mid) < s) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  // No stored word has U+FFFF (a noncharacter) after the prefix, so this bounds every word that starts with it.
  return [lowerBound(prefix), lowerBound(`${prefix}\uffff`)];
}

/** Each installed pack's search index (see per-pack-memory.ts for when it is reloaded). */
export const loadedIndexes = perPackMemory('searchIndex', (row: SearchIndexRow): LoadedIndex => ({ ...row, size: row.vocabulary.ends.length }));
