import type { Correction, Entity, Pack, PackClaim, Story } from '../packs/format';
import type { ClaimRow, CorrectionRow, EntityRow, ReportRow, StoryRow } from './db';
import { nameKey } from './normalize';

export interface PackRows {
  entities: EntityRow[];
  claims: ClaimRow[];
  corrections: CorrectionRow[];
  reports: ReportRow[];
  stories: StoryRow[];
}

/*
 * The derived, indexed fields of each record. The import and the schema upgrades that recompute keys
 * (src/cache/schema-history.ts) both use these, so a record reads the same however it got there.
 * Search words are not stored per record: they live in the pack's search index (search-index.ts).
 */
export const entityKeys = (e: Entity) => ({ aliasKeys: [...new Set([e.name, ...e.aliases].map(nameKey).filter(Boolean))] });
export const claimKeys = (c: PackClaim) => {
  const claimantKey = c.claimant ? nameKey(c.claimant) : '';
  return claimantKey ? { claimantKey } : {};
};
export const storyKeys = (s: Story) => ({ keywordKeys: [...new Set(s.keywords.map(nameKey).filter(Boolean))] });

/**
 * Fields the cache adds to records (besides packId), dropped again on export. `words` is no longer
 * written (schema v3), but records stored before v3 keep it: v3 did not rewrite every row to drop it.
 */
export const DERIVED_FIELDS = {
  entities: ['aliasKeys', 'words'],
  claims: ['words', 'claimantKey'],
  reports: ['words'],
  corrections: [],
  stories: ['keywordKeys'],
} as const satisfies Record<keyof PackRows, readonly string[]>;

/** A pack's records as stored: with their pack id and derived fields. */
export function packRows(pack: Pack): PackRows {
  const packId = pack.pack.id;
  return {
    entities: pack.entities.map((e) => ({ ...e, packId, ...entityKeys(e) })),
    claims: pack.claims.map((c) => ({ ...c, packId, ...claimKeys(c) })),
    corrections: pack.corrections.map((c: Correction) => ({ ...c, packId })),
    reports: pack.reports.map((r) => ({ ...r, packId })),
    stories: pack.stories.map((s) => ({ ...s, packId, ...storyKeys(s) })),
  };
}
