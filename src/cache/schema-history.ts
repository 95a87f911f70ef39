import type { Transaction } from 'dexie';
import type { PackRow } from './db';
import { writePackStorage } from './import';
import { packStorage } from './pack-storage';
import { claimKeys, entityKeys, packRecordOf, RECORD_TABLES, storyKeys, type ClaimRow, type EntityRow, type PackRecords, type ReportRow, type StoryRow } from './rows';
import { buildSearchIndex } from './search-index';

/*
 * Every schema the database has had, oldest first. A shipped version is never edited: a change is a
 * new version, with an upgrade function when stored values must change. Upgrades should add indexes
 * rather than rewrite rows where they can (a rewrite of a 100k-row table took tens of seconds in
 * Chromium while records had a row each); v2 rewrites derived keys only, which is cheap while
 * installed data is the starter pack, and v4 rewrites every record into blocks, once.
 */

/** Version 1: the first schema. */
export const SCHEMA_V1 = {
  packs: 'id',
  entities: 'id, packId, kind, *aliasKeys, *domains, *words',
  claims: 'id, packId, storyId, *entityIds, *words',
  corrections: 'id, packId, *entityIds',
  reports: 'id, packId, url, outlet, storyId, publishedAt, *entityIds, *words',
  stories: 'id, packId',
} as const;

/**
 * Version 2: fact-checks are also found by who made the claim (`claimantKey`: packs imported from
 * ClaimReview feeds name claimants but link no entities), a story's reports come newest first
 * straight from `[storyId+publishedAt]`, an article finds its story through the stories'
 * `keywordKeys` instead of a scan of every story, and name keys learnt dotted initialisms, "&" and a few
 * abbreviations, so every stored key is recomputed.
 */
export const SCHEMA_V2 = {
  ...SCHEMA_V1,
  claims: 'id, packId, storyId, claimantKey, *entityIds, *words',
  reports: 'id, packId, url, outlet, storyId, publishedAt, [storyId+publishedAt], *entityIds, *words',
  stories: 'id, packId, *keywordKeys',
} as const;

/** Recomputes the derived keys (and, until v3 moved them to the search index, the search words). */
export async function upgradeToV2(tx: Transaction): Promise<void> {
  await tx.table<EntityRow>('entities').toCollection().modify((row) => {
    Object.assign(row, entityKeys(row));
  });
  await tx.table<ClaimRow>('claims').toCollection().modify((row) => {
    delete row.claimantKey;
    Object.assign(row, claimKeys(row));
  });
  await tx.table<StoryRow>('stories').toCollection().modify((row) => {
    Object.assign(row, storyKeys(row));
  });
}

/**
 * Version 3: popup search reads a per-pack search index (`searchIndex`, src/cache/search-index.ts)
 * held in memory, instead of multiEntry `words` indexes (a dozen stored words and index entries per
 * record, slow to import and stepped through by a cursor at every keystroke); an article finds its
 * stories through `storyIndex` (one row per pack holding its stories, until v4) in memory instead of
 * stepping a cursor through a thousand keys. Indexes no query uses (entity kind; claim story; report url, outlet,
 * story and date alone) are dropped. Dropping an index rewrites no row: records stored before keep
 * their `words` field, which export drops.
 */
export const SCHEMA_V3 = {
  ...SCHEMA_V2,
  entities: 'id, packId, *aliasKeys, *domains',
  claims: 'id, packId, claimantKey, *entityIds',
  reports: 'id, packId, [storyId+publishedAt], *entityIds',
  searchIndex: 'packId',
  storyIndex: 'packId',
} as const;

/**
 * Builds the search and story indexes of every installed pack from its records. Name keys also stopped turning
 * the word "constructor" into the text of a JavaScript function (a lookup that reached
 * Object.prototype), so the few keys that change are rewritten; every other row is left as it is. (The
 * search index it builds has today's shape; opening with today's schema, upgradeToV4 writes every
 * index anew right after.)
 */
export async function upgradeToV3(tx: Transaction): Promise<void> {
  const rekey = async <T extends object>(table: string, keys: (row: T) => object): Promise<T[]> => {
    const changed: T[] = [];
    const rows = (await tx.table<T>(table).toArray()).map((row) => {
      const next = Object.entries(keys(row));
      if (next.every(([k, v]) => JSON.stringify(v) === JSON.stringify(row[k as keyof T]))) return row;
      const rekeyed = { ...row, ...Object.fromEntries(next) };
      changed.push(rekeyed);
      return rekeyed;
    });
    await tx.table(table).bulkPut(changed);
    return rows;
  };
  const entities = await rekey<EntityRow>('entities', entityKeys);
  const claims = await rekey<ClaimRow>('claims', claimKeys);
  const stories = await rekey<StoryRow>('stories', storyKeys);
  const reports = await tx.table<ReportRow>('reports').toArray();
  const packs = new Map(
    (await tx.table<PackRow>('packs').toArray()).map((p) => [p.id, { entities: [] as EntityRow[], claims: [] as ClaimRow[], reports: [] as ReportRow[], stories: [] as StoryRow[] }]),
  );
  for (const e of entities) packs.get(e.packId)?.entities.push(e);
  for (const c of claims) packs.get(c.packId)?.claims.push(c);
  for (const r of reports) packs.get(r.packId)?.reports.push(r);
  for (const s of stories) packs.get(s.packId)?.stories.push(s);
  const keysOf = (records: { entities: EntityRow[]; claims: ClaimRow[] }) => ({ aliasKeys: records.entities.map((e) => e.aliasKeys), claimantKeys: records.claims.map((c) => c.claimantKey) });
  await tx.table('searchIndex').bulkPut([...packs].map(([id, records]) => buildSearchIndex(id, records, keysOf(records))));
  await tx.table('storyIndex').bulkPut([...packs].map(([id, records]) => ({ packId: id, stories: records.stories })));
}

/**
 * Version 4: records are stored 64 to a row (`blocks`, src/cache/blocks.ts) instead of one row per
 * record. In Chromium every row costs far more to write than its bytes: one row and a handful of
 * index entries per record capped imports at about 6k records/s (9.5k with no index at all), well
 * below the 20k records/s a large pack needs; 64 to a row, 300k records are written in about two
 * seconds. What the record indexes answered (records by id, entities by alias and domain, claims by
 * entity and by claimant, a story's reports newest first) and the stories' keyword index move into
 * per-pack `lookup` rows, one per lookup (src/cache/lookup.ts), held in memory like the search index;
 * the search index names records by their number in the blocks instead of by id; stories are
 * records in blocks like the others, so `storyIndex` goes. Each installation gets an `installId`,
 * under which readers keep lookups and blocks in memory. The per-record tables are dropped once their
 * rows are moved.
 */
export const SCHEMA_V4 = {
  ...SCHEMA_V3,
  entities: null,
  claims: null,
  corrections: null,
  reports: null,
  stories: null,
  storyIndex: null,
  blocks: '[packId+table+n]',
  lookup: '[packId+name]',
} as const;

/** Moves every installed pack's records from their rows into blocks, and writes its lookups and indexes anew. */
export async function upgradeToV4(tx: Transaction): Promise<void> {
  const packs = await tx.table<Omit<PackRow, 'installId'>>('packs').toArray();
  const records = new Map(packs.map((p) => [p.id, { entities: [], claims: [], corrections: [], reports: [], stories: [] } as PackRecords]));
  for (const t of RECORD_TABLES) {
    // Rows of a pack that is not installed (none should exist) have nowhere to go and are dropped with their table.
    for (const row of await tx.table<{ packId: string }>(t).toArray()) (records.get(row.packId)?.[t] as object[] | undefined)?.push(packRecordOf(row, t));
  }
  for (const pack of packs) {
    const storage = packStorage(pack.id, records.get(pack.id)!);
    await writePackStorage(tx, { ...pack, installId: crypto.randomUUID(), counts: storage.counts }, storage);
  }
}
