import { keyLists, postingsOf, Vocabulary } from './key-index';
import { nameKey } from './normalize';
import { packStrings, type PackedStrings } from './packed-strings';
import type { DerivedKeys, PackRecords } from './rows';

/**
 * A pack's popup-search index, stored as one row per pack and written in the pack's import
 * transaction. Search words used to be multiEntry indexes on every record (about twelve index entries
 * per record, most of the import's cost); here they are a sorted vocabulary and, per word, the records
 * that have it: a few large values that IndexedDB writes and reads back in one piece, and that the
 * background keeps in memory as they are (search-memory.ts), so a keystroke reads no index.
 */

/** One table's records (by number in the pack's storage order): which have each vocabulary word, and what results sort by. */
export interface TablePostings {
  /** Records (numbers, ascending) with word w are `postings[postingStarts[w]]` up to `postings[postingStarts[w + 1]]`. */
  postingStarts: Uint32Array;
  postings: Uint32Array;
  /** Entities: the name key (exact and prefix names rank first); reports: the date (newest first); claims: none (empty). */
  sortKeys: PackedStrings;
}

export interface SearchIndexRow {
  packId: string;
  /** Every search word of the pack, sorted, so the words that start with a prefix are one range of numbers. */
  vocabulary: PackedStrings;
  entities: TablePostings;
  claims: TablePostings;
  reports: TablePostings;
}

export const SEARCHED_TABLES = ['entities', 'claims', 'reports'] as const;
export type SearchedTable = (typeof SEARCHED_TABLES)[number];

/** The search words of a name key: one-letter words carry no signal and are dropped. */
function addWords(key: string | undefined, add: (word: string) => void): void {
  if (key) for (const w of key.split(' ')) if (w.length >= 2) add(w);
}

/** The search index of a pack's records, numbered in the order given (the pack's storage order). */
export function buildSearchIndex(
  packId: string,
  records: Pick<PackRecords, 'entities' | 'claims' | 'reports'>,
  keys: Pick<DerivedKeys, 'aliasKeys' | 'claimantKeys'>,
): SearchIndexRow {
  // One vocabulary for the three tables, numbered in sorted order so the words that start with a prefix are one range.
  const vocabulary = new Vocabulary();
  // Alias keys and claimant keys are already name keys: only texts are keyed here.
  const lists = {
    entities: keyLists(records.entities.length, vocabulary, (r, add) => keys.aliasKeys[r]!.forEach((k) => addWords(k, add))),
    claims: keyLists(records.claims.length, vocabulary, (r, add) => {
      addWords(nameKey(records.claims[r]!.text), add);
      addWords(keys.claimantKeys[r], add);
    }),
    reports: keyLists(records.reports.length, vocabulary, (r, add) => addWords(nameKey(records.reports[r]!.title), add)),
  };
  const { keys: words, rank } = vocabulary.sorted();
  const table = (t: SearchedTable, sortKeys: string[]): TablePostings => {
    const { starts, numbers } = postingsOf(lists[t], rank);
    return { postingStarts: starts, postings: numbers, sortKeys: packStrings(sortKeys) };
  };
  return {
    packId,
    vocabulary: words,
    entities: table('entities', records.entities.map((e) => nameKey(e.name))),
    claims: table('claims', []),
    reports: table('reports', records.reports.map((r) => r.publishedAt)),
  };
}
