import type { Transaction } from 'dexie';
import type { Entity, PackClaim, Report } from '../packs/format';
import { readRecords, type RecordRef } from './blocks';
import type { BackstoryDB } from './db';
import { allowedEdits, prefixDistance, probePrefixes } from './fuzzy';
import { loadedLookup, refOfId } from './lookup';
import { nameKey } from './normalize';
import { stringAt } from './packed-strings';
import { SEARCHED_TABLES, type SearchedTable, type SearchIndexRow, type TablePostings } from './search-index';
import { loadedIndexes, prefixRange } from './search-memory';

export interface SearchResults {
  query: string;
  entities: Pick<Entity, 'id' | 'name' | 'kind' | 'description' | 'source'>[];
  claims: (Pick<PackClaim, 'id' | 'text' | 'claimant'> & { verdict: string; publisher: string; url: string })[];
  reports: (Pick<Report, 'id' | 'title' | 'url' | 'publishedAt'> & { outletName: string })[];
  total: number;
  /** Stored words the query's misspelt words were read as ("putn" → ["putin"]); empty when all matched as typed. */
  corrected: string[];
}

/** Records per table and pack scored for one query: bounds a keystroke's work on a very common prefix. */
const CANDIDATES = 2_000;

/** A reading of a query word: the vocabulary words [lo, hi) it may stand for, at a cost in edits. */
interface Reading {
  lo: number;
  hi: number;
  edits: number;
}

/**
 * What a query word may stand for in one pack: itself as a prefix, and, when it is long enough to
 * allow a typo, entity words within its edit budget (taken from the vocabulary ranges of its first
 * letters, so a keystroke looks at a sliver of the vocabulary), each as a prefix too.
 */
function readingsOf(index: SearchIndexRow, term: string, corrected: Set<string>): Reading[] {
  const [lo, hi] = prefixRange(index, term);
  const readings: Reading[] = [{ lo, hi, edits: 0 }];
  const max = allowedEdits(term);
  if (!max) return readings;
  const best = new Map<string, number>();
  for (const prefix of probePrefixes(term)) {
    const [from, to] = prefixRange(index, prefix);
    for (let w = from; w < to; w++) {
      if (index.entities.postingStarts[w] === index.entities.postingStarts[w + 1]) continue; // not an entity word
      const word = stringAt(index.vocabulary, w);
      if (word.startsWith(term)) continue; // already read as typed
      const d = prefixDistance(term, word, max);
      if (d <= max) best.set(word, Math.min(d, best.get(word) ?? d));
    }
  }
  for (const [word, edits] of best) {
    corrected.add(word);
    const [wlo, whi] = prefixRange(index, word);
    readings.push({ lo: wlo, hi: whi, edits });
  }
  return readings.sort((a, b) => a.edits - b.edits);
}

/** How many (record, word) pairs of a table the readings cover: the narrowest query word picks the candidates. */
const reach = (t: TablePostings, readings: Reading[]) => readings.reduce((n, r) => n + t.postingStarts[r.hi]! - t.postingStarts[r.lo]!, 0);

/**
 * For each record that has a word in `readings`, the edits of the cheapest such reading (readings come
 * cheapest first, so the first one seen is it); only records in `among` when given, at most `max` records.
 */
function editsOf(t: TablePostings, readings: Reading[], among?: Map<number, number>, max = Infinity): Map<number, number> {
  const out = new Map<number, number>();
  for (const { lo, hi, edits } of readings) {
    for (let k = t.postingStarts[lo]!; k < t.postingStarts[hi]!; k++) {
      const r = t.postings[k]!;
      if (out.has(r) || (among && !among.has(r))) continue;
      out.set(r, edits);
      if (out.size >= max) return out;
    }
  }
  return out;
}

interface Hit {
  ref: RecordRef;
  edits: number;
  sortKey: string;
}

/**
 * Every query word must start a word of the record, as typed or as read: the hits of one pack and
 * table, with the edits they took. Candidates come from the narrowest word; each other word then
 * keeps those that have it.
 */
function hitsIn(t: TablePostings, readings: Reading[][], table: SearchedTable, at: RecordRef['at']): Hit[] {
  const probe = readings.reduce((a, b) => (reach(t, b) < reach(t, a) ? b : a));
  const found = editsOf(t, probe, undefined, CANDIDATES);
  for (const other of readings) {
    if (other === probe || !found.size) continue;
    const edits = editsOf(t, other, found);
    for (const [r, e] of found) {
      const more = edits.get(r);
      if (more === undefined) found.delete(r);
      else found.set(r, e + more);
    }
  }
  return [...found].map(([r, edits]) => ({ ref: { at, r }, edits, sortKey: table === 'claims' ? '' : stringAt(t.sortKeys, r) }));
}

/** Lower is better: exact name first, then names starting with the query, then any word match. */
function rank(key: string, query: string): number {
  if (key === query) return 0;
  if (key.startsWith(query)) return 1;
  return 2;
}

/**
 * Search over entities, fact-checks and reports for the popup: every query word must start a word of
 * the record, or be one typo away from a stored name word ("novya gazeta", "putn"). Matching runs on
 * the packs' in-memory search indexes; only the records shown are read. Grouped by type; entities
 * ranked by edits, then exact and prefix name matches, then shorter names; reports newest first.
 */
export async function searchCache(db: BackstoryDB, rawQuery: string, limit = 8): Promise<SearchResults> {
  const query = nameKey(rawQuery);
  const terms = [...new Set(query.split(' ').filter(Boolean))];
  const empty: SearchResults = { query: rawQuery, entities: [], claims: [], reports: [], total: 0, corrected: [] };
  if (!terms.length) return empty;
  // One read transaction: the indexes and the records they point to are the same version of every pack.
  return db.transaction('r', ['packs', 'searchIndex', 'lookup', 'blocks'], async (tx: Transaction) => {
    const corrected = new Set<string>();
    const hits: Record<SearchedTable, Hit[]> = { entities: [], claims: [], reports: [] };
    for (const index of await loadedIndexes(db, tx)) {
      const readings = terms.map((t) => readingsOf(index, t, corrected));
      const at = { packId: index.packId, installId: index.installId };
      for (const table of SEARCHED_TABLES) hits[table].push(...hitsIn(index[table], readings, table, at));
    }
    hits.entities.sort((a, b) => a.edits - b.edits || rank(a.sortKey, query) - rank(b.sortKey, query) || a.sortKey.length - b.sortKey.length);
    hits.claims.sort((a, b) => a.edits - b.edits);
    hits.reports.sort((a, b) => a.edits - b.edits || (a.sortKey < b.sortKey ? 1 : a.sortKey > b.sortKey ? -1 : 0));
    const top = (list: Hit[]) => list.slice(0, limit).map((h) => h.ref);
    const [entities, claims, reports] = await Promise.all([
      readRecords<Entity>(db, tx, 'entities', top(hits.entities)),
      readRecords<PackClaim>(db, tx, 'claims', top(hits.claims)),
      readRecords<Report>(db, tx, 'reports', top(hits.reports)),
    ]);
    const entityIds = await loadedLookup(db, tx, 'entityIds');
    const outlets = await readRecords<Entity>(db, tx, 'entities', [...new Set(reports.map((r) => r.outlet))].flatMap((id) => refOfId(entityIds, id) ?? []));
    return results(rawQuery, { entities, claims, reports, outlets }, hits.entities.length + hits.claims.length + hits.reports.length, [...corrected]);
  });
}

type Fetched = { entities: Entity[]; claims: PackClaim[]; reports: Report[]; outlets: Entity[] };

/** The records shown, in the shape the popup renders. */
function results(query: string, { entities, claims, reports, outlets }: Fetched, total: number, corrected: string[]): SearchResults {
  const outletName = new Map(outlets.map((o) => [o.id, o.name]));
  return {
    query,
    entities: entities.map(({ id, name, kind, description, source }) => ({ id, name, kind, description, source })),
    claims: claims.map((c) => ({
      id: c.id,
      text: c.text,
      claimant: c.claimant,
      verdict: c.reviews[0]!.ratingText,
      publisher: c.reviews[0]!.publisher,
      url: c.reviews[0]!.url,
    })),
    reports: reports.map((r) => ({
      id: r.id,
      title: r.title,
      url: r.url,
      publishedAt: r.publishedAt,
      outletName: outletName.get(r.outlet) ?? r.outlet,
    })),
    total,
    corrected,
  };
}
