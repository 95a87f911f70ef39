import Dexie, { type EntityTable } from 'dexie';
import type { Correction, Entity, PackClaim, PackMeta, Report, Story } from '../packs/format';

/** Every stored record remembers the pack it came from, so a pack can be replaced or removed whole. */
interface FromPack {
  packId: string;
}
export type EntityRow = Entity & FromPack & { aliasKeys: string[]; words: string[] };
export type ClaimRow = PackClaim & FromPack & { words: string[] };
export type CorrectionRow = Correction & FromPack;
export type ReportRow = Report & FromPack & { words: string[] };
export type StoryRow = Story & FromPack;
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

  constructor(name = DB_NAME) {
    super(name);
    // Version 1. Later versions add stores/indexes with upgrade functions below it; never edit this one.
    this.version(1).stores({
      packs: 'id',
      entities: 'id, packId, kind, *aliasKeys, *domains, *words',
      claims: 'id, packId, storyId, *entityIds, *words',
      corrections: 'id, packId, *entityIds',
      reports: 'id, packId, url, outlet, storyId, publishedAt, *entityIds, *words',
      stories: 'id, packId',
    });
  }
}

let instance: BackstoryDB | null = null;

/** The extension's database, opened on first use (never at import time: WXT imports entrypoints in Node). */
export function database(): BackstoryDB {
  instance ??= new BackstoryDB();
  return instance;
}
