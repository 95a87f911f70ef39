import { lowerBound } from './packed-strings';
import { perPackMemory } from './per-pack-memory';
import type { SearchIndexRow } from './search-index';

/** A pack's search index in memory, as stored, with the installation its record numbers belong to. */
export interface LoadedIndex extends SearchIndexRow {
  installId: string;
}

/** Numbers of the vocabulary words that start with `prefix`, as [lo, hi). */
export function prefixRange(index: SearchIndexRow, prefix: string): [number, number] {
  // No stored word has U+FFFF (a noncharacter) after the prefix, so this bounds every word that starts with it.
  return [lowerBound(index.vocabulary, prefix), lowerBound(index.vocabulary, `${prefix}\uffff`)];
}

/** Each installed pack's search index: a keystroke reads no index (see per-pack-memory.ts for when it is reloaded). */
export const loadedIndexes = perPackMemory('searchIndex', (packId) => packId, (row: SearchIndexRow, pack): LoadedIndex => ({ ...row, installId: pack.installId }));
