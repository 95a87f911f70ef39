import Dexie, { type EntityTable, type Table } from 'dexie';
import type { PackMeta } from '../packs/format';
import type { BlockRow } from './blocks';
import type { LookupName, LookupRow } from './lookup';
import type { RecordTable } from './rows';
import { SCHEMA_V1, SCHEMA_V2, SCHEMA_V3, SCHEMA_V4, upgradeToV2, upgradeToV3, upgradeToV4 } from './schema-history';
import type { SearchIndexRow } from './search-index';

export type PackRow = PackMeta & {
  installedAt: string;
  /**
   * New at every installation, even of the same version in the same millisecond: readers keep a
   * pack's lookups, search index and blocks in memory under it, so they can never mix two installations.
   */
  installId: string;
  counts: Record<RecordTable, number>;
};

export const DB_NAME = 'backstory';

export class BackstoryDB extends Dexie {
  packs!: EntityTable<PackRow, 'id'>;
  blocks!: Table<BlockRow, [string, RecordTable, number]>;
  lookup!: Table<LookupRow, [string, LookupName]>;
  searchIndex!: EntityTable<SearchIndexRow, 'packId'>;

  constructor(name = DB_NAME) {
    super(name);
    // Every version since the first, each with its upgrade (src/cache/schema-history.ts).
    this.version(1).stores(SCHEMA_V1);
    this.version(2).stores(SCHEMA_V2).upgrade(upgradeToV2);
    this.version(3).stores(SCHEMA_V3).upgrade(upgradeToV3);
    this.version(4).stores(SCHEMA_V4).upgrade(upgradeToV4);
  }
}

let instance: BackstoryDB | null = null;

/** The extension's database, opened on first use (never at import time: WXT imports entrypoints in Node). */
export function database(): BackstoryDB {
  instance ??= new BackstoryDB();
  return instance;
}
