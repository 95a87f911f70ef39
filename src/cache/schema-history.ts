import type { Transaction } from 'dexie';
import type { ClaimRow, EntityRow, ReportRow, StoryRow } from './db';
import { claimKeys, entityKeys, reportKeys, storyKeys } from './rows';

/*
 * Every schema the database has had, oldest first. A shipped version is never edited: a change is a
 * new version, with an upgrade function when stored values must change. Upgrades should add indexes
 * rather than rewrite rows (a rewrite of a 100k-row table takes tens of seconds in Chromium); v2
 * rewrites derived keys only, which is cheap while installed data is the starter pack.
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

export async function upgradeToV2(tx: Transaction): Promise<void> {
  await tx.table<EntityRow>('entities').toCollection().modify((row) => {
    Object.assign(row, entityKeys(row));
  });
  await tx.table<ClaimRow>('claims').toCollection().modify((row) => {
    delete row.claimantKey;
    Object.assign(row, claimKeys(row));
  });
  await tx.table<ReportRow>('reports').toCollection().modify((row) => {
    Object.assign(row, reportKeys(row));
  });
  await tx.table<StoryRow>('stories').toCollection().modify((row) => {
    Object.assign(row, storyKeys(row));
  });
}
