import Dexie, { type EntityTable } from 'dexie';
import type { Correction, Entity, PackClaim, PackMeta, Report, Story } from '../packs/format';
import { SCHEMA_V1, SCHEMA_V2, SCHEMA_V3, upgradeToV2, upgradeToV3 } from './schema-history';
import type { SearchIndexRow } from './search-index';
import type { StoryIndexRow } from './story-index';

/** Every stored record remembers the pack it came from, so a pack can be replaced or removed whole. */
interface FromPack {
  packId: string;
}
export type EntityRow = Entity & FromPack & { aliasKeys: string[] };
export type ClaimRow = PackClaim & FromPack & { claimantKey?: string };
export type CorrectionRow = Correction & FromPack;
export type ReportRow = Report & FromPack;
export type StoryRow = Story & FromPack & { keywordKeys: string[] };
export type PackRow = PackMeta & {
  installedAt: string;
  counts: { entities: number; claims: number; corrections: number; reports: number; stories: number };
};

export const DB_NAME = 'backstory';

export class BackstoryDB extends Dexie {
  packs!: EntityTable<PackRow, 'id'>;
  entities!: EntityTable<EntityRow, 'id'>;
  claims!: EntityTable<ClaimRow, 'id'>;
  corrections!: EntityTable<CorrectionRow, 'id'>;
  reports!: EntityTable<ReportRow, 'id'>;
  stories!: EntityTable<StoryRow, 'id'>;
  searchIndex!: EntityTable<SearchIndexRow, 'packId'>;
  storyIndex!: EntityTable<StoryIndexRow, 'packId'>;

  constructor(name = DB_NAME) {
    super(name);
    // Every version since the first, each with its upgrade (src/cache/schema-history.ts).
    this.version(1).stores(SCHEMA_V1);
    this.version(2).stores(SCHEMA_V2).upgrade(upgradeToV2);
    this.version(3).stores(SCHEMA_V3).upgrade(upgradeToV3);
  }
}

let instance: BackstoryDB | null = null;

/** The extension's database, opened on first use (never at import time: WXT imports entrypoints in Node). */
export function database(): BackstoryDB {
  instance ??= new BackstoryDB();
  return instance;
}
