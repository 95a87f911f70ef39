import type { ClaimRow, EntityRow, ReportRow } from './db';
import { nameKey } from './normalize';

/**
 * A pack's popup-search index, stored as one row per pack and written in the pack's import
 * transaction. Search words used to be multiEntry indexes on every record (about twelve index entries
 * per record, most of the import's cost); here they are a sorted vocabulary and, per word, the records
 * that have it: a few large values that IndexedDB writes and reads back in one piece, and that the
 * background keeps in memory as they are (search-memory.ts), so a keystroke reads no index.
 */

/** Strings kept as one string plus the end offset of each: one value to store and load, however many. */
export interface PackedStrings {
  text: string;
  ends: Uint32Array;
}

export function packStrings(list: readonly string[]): PackedStrings {
  const ends = new Uint32Array(list.length);
  let end = 0;
  list.forEach((s, i) => (ends[i] = end += s.length));
  return { text: list.join(''), ends };
}

export function stringAt(p: PackedStrings, i: number): string {
  return p.text.slice(i ? p.ends[i - 1] : 0, p.ends[i]);
}

/** One table's records: their ids, which records have each vocabulary word, and what results sort by. */
export interface TablePostings {
  ids: PackedStrings;
  /** Records (numbers into `ids`, ascending) with word w are `postings[postingStarts[w]]` up to `postings[postingStarts[w + 1]]`. */
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

interface Searchable {
  entities: readonly Pick<EntityRow, 'id' | 'name' | 'aliasKeys'>[];
  claims: readonly Pick<ClaimRow, 'id' | 'text' | 'claimantKey'>[];
  reports: readonly Pick<ReportRow, 'id' | 'title' | 'publishedAt'>[];
}

/** The search words of name keys, de-duplicated; one-letter words carry no signal and are dropped. */
function wordsOf(keys: (string | undefined)[]): string[] {
  const words = new Set<string>();
  for (const key of keys) if (key) for (const w of key.split(' ')) if (w.length >= 2) words.add(w);
  return [...words];
}

/** Inverts records' word lists (vocabulary numbers) into word → records lists: a counting sort, two passes. */
function postingsOf(wordsOfRecords: number[][], renumber: Uint32Array): Pick<TablePostings, 'postingStarts' | 'postings'> {
  const size = renumber.length;
  const postingStarts = new Uint32Array(size + 1);
  for (const words of wordsOfRecords) for (const w of words) postingStarts[renumber[w]! + 1]!++;
  for (let w = 0; w < size; w++) postingStarts[w + 1]! += postingStarts[w]!;
  const next = postingStarts.slice(0, size);
  const postings = new Uint32Array(postingStarts[size]!);
  wordsOfRecords.forEach((words, r) => {
    for (const w of words) postings[next[renumber[w]!]!++] = r;
  });
  return { postingStarts, postings };
}

/** The search index of a pack's records (as imported, or as read back from the database by an upgrade). */
export function buildSearchIndex(packId: string, records: Searchable): SearchIndexRow {
  const numbers = new Map<string, number>();
  const vocabulary: string[] = [];
  const number = (w: string) => {
    let n = numbers.get(w);
    if (n === undefined) numbers.set(w, (n = vocabulary.push(w) - 1));
    return n;
  };
  const words = {
    // Alias keys and claimant keys are already name keys: only texts are keyed here.
    entities: records.entities.map((e) => wordsOf(e.aliasKeys).map(number)),
    claims: records.claims.map((c) => wordsOf([nameKey(c.text), c.claimantKey]).map(number)),
    reports: records.reports.map((r) => wordsOf([nameKey(r.title)]).map(number)),
  };
  // Words are numbered in sorted order, so the words that start with a prefix are one range.
  const sorted = vocabulary.map((_, i) => i).sort((a, b) => (vocabulary[a]! < vocabulary[b]! ? -1 : 1));
  const renumber = new Uint32Array(sorted.length);
  sorted.forEach((old, i) => (renumber[old] = i));
  const table = <T extends { id: string }>(list: readonly T[], t: SearchedTable, sortKey?: (r: T) => string): TablePostings => ({
    ids: packStrings(list.map((r) => r.id)),
    ...postingsOf(words[t], renumber),
    sortKeys: packStrings(sortKey ? list.map(sortKey) : []),
  });
  return {
    packId,
    vocabulary: packStrings(sorted.map((i) => vocabulary[i]!)),
    entities: table(records.entities, 'entities', (e) => nameKey(e.name)),
    claims: table(records.claims, 'claims'),
    reports: table(records.reports, 'reports', (r) => r.publishedAt),
  };
}
