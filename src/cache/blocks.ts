import type { Transaction } from 'dexie';
import type { BackstoryDB } from './db';
import { RECORD_TABLES, type PackRecords, type RecordTable } from './rows';

/**
 * Records are stored BLOCK_SIZE to a row, each as its JSON text, in the pack's storage order
 * (pack-storage.ts): record r of a table is entry r % BLOCK_SIZE of block ⌊r / BLOCK_SIZE⌋. In
 * Chromium a row costs far more to write than its bytes (a row per record imported about 6k records/s;
 * 64 to a row, 300k records are written in about two seconds), while a block of typical records stays
 * small enough for Chromium to keep in its database instead of wrapping it into a blob file, as it
 * does large values. JSON text, because a reader parses only the records it asked for, and each gets
 * its own copy (cached blocks are shared).
 */
export const BLOCK_SIZE = 64;

export interface BlockRow {
  packId: string;
  table: RecordTable;
  n: number;
  records: string[];
}

/** Where a record is: its pack's installation and its number in the table's storage order. */
export interface RecordRef {
  at: { packId: string; installId: string };
  r: number;
}

/** The blocks of a pack whose records are in storage order. */
export function blocksOf(packId: string, records: PackRecords): BlockRow[] {
  const blocks: BlockRow[] = [];
  for (const table of RECORD_TABLES) {
    const list: readonly object[] = records[table];
    for (let n = 0; n * BLOCK_SIZE < list.length; n++) {
      blocks.push({ packId, table, n, records: list.slice(n * BLOCK_SIZE, (n + 1) * BLOCK_SIZE).map((r) => JSON.stringify(r)) });
    }
  }
  return blocks;
}

/*
 * Recently read blocks, per database connection. A block's content never changes while its
 * installation exists (a new install has a new installId), so a cached block is never stale.
 */
const CACHED_BLOCKS = 256;
const caches = new WeakMap<BackstoryDB, Map<string, string[]>>();

/**
 * The records at `refs` of one table, in the order asked, each block read once (from the cache, or
 * from `tx` with the others it needs in one request).
 */
export async function readRecords<T>(db: BackstoryDB, tx: Transaction, table: RecordTable, refs: readonly RecordRef[]): Promise<T[]> {
  let cache = caches.get(db);
  if (!cache) caches.set(db, (cache = new Map()));
  const keyOf = ({ at, r }: RecordRef) => `${at.installId}/${table}/${Math.floor(r / BLOCK_SIZE)}`;
  const blocks = new Map<string, string[]>();
  const missing = new Map<string, [string, RecordTable, number]>();
  for (const ref of refs) {
    const key = keyOf(ref);
    if (blocks.has(key) || missing.has(key)) continue;
    const cached = cache.get(key);
    if (cached) {
      cache.delete(key); // re-inserted last: the least recently read block goes first
      cache.set(key, cached);
      blocks.set(key, cached);
    } else missing.set(key, [ref.at.packId, table, Math.floor(ref.r / BLOCK_SIZE)]);
  }
  if (missing.size) {
    const rows = await tx.table<BlockRow>('blocks').bulkGet([...missing.values()]);
    [...missing.keys()].forEach((key, i) => {
      const row = rows[i];
      if (!row) throw new Error(`the cache is damaged: ${table} block ${missing.get(key)!.join('/')} is missing`);
      blocks.set(key, row.records);
      cache.set(key, row.records);
    });
    for (const key of cache.keys()) {
      if (cache.size <= CACHED_BLOCKS) break;
      cache.delete(key);
    }
  }
  return refs.map((ref) => JSON.parse(blocks.get(keyOf(ref))![ref.r % BLOCK_SIZE]!) as T);
}
