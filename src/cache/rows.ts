import type { Correction, Entity, PackClaim, Report, Story } from '../packs/format';
import { nameKey } from './normalize';

/** A pack's records, table by table, as the pack format has them. */
export interface PackRecords {
  entities: Entity[];
  claims: PackClaim[];
  corrections: Correction[];
  reports: Report[];
  stories: Story[];
}
export const RECORD_TABLES = ['entities', 'claims', 'corrections', 'reports', 'stories'] as const satisfies readonly (keyof PackRecords)[];
export type RecordTable = (typeof RECORD_TABLES)[number];

/** A record with the pack it came from and the keys the cache derives from it to find it by. */
interface FromPack {
  packId: string;
}
export type EntityRow = Entity & FromPack & { aliasKeys: string[] };
export type ClaimRow = PackClaim & FromPack & { claimantKey?: string };
export type CorrectionRow = Correction & FromPack;
export type ReportRow = Report & FromPack;
export type StoryRow = Story & FromPack & { keywordKeys: string[] };

export interface PackRows {
  entities: EntityRow[];
  claims: ClaimRow[];
  corrections: CorrectionRow[];
  reports: ReportRow[];
  stories: StoryRow[];
}

/*
 * The derived keys of each record. The import, the in-memory knowledge of the command line and the
 * schema upgrades all use these, so a record is found the same way however it got there.
 */
export const entityKeys = (e: Entity) => ({ aliasKeys: [...new Set([e.name, ...e.aliases].map(nameKey).filter(Boolean))] });
export const claimKeys = (c: PackClaim) => {
  const claimantKey = c.claimant ? nameKey(c.claimant) : '';
  return claimantKey ? { claimantKey } : {};
};
export const storyKeys = (s: Story) => ({ keywordKeys: [...new Set(s.keywords.map(nameKey).filter(Boolean))] });

/** The derived keys of a pack's records, table by table, in the records' order (no copies of the records). */
export interface DerivedKeys {
  aliasKeys: string[][];
  claimantKeys: (string | undefined)[];
  keywordKeys: string[][];
}

export function derivedKeys(records: PackRecords): DerivedKeys {
  return {
    aliasKeys: records.entities.map((e) => entityKeys(e).aliasKeys),
    claimantKeys: records.claims.map((c) => claimKeys(c).claimantKey),
    keywordKeys: records.stories.map((s) => storyKeys(s).keywordKeys),
  };
}

/**
 * Fields that schemas 1 to 3 stored on each record besides `packId`, dropped when records are given
 * back as the pack had them. `words` was last written by schema v2; v3 kept it on records it did not rewrite.
 */
export const DERIVED_FIELDS = {
  entities: ['aliasKeys', 'words'],
  claims: ['words', 'claimantKey'],
  reports: ['words'],
  corrections: [],
  stories: ['keywordKeys'],
} as const satisfies Record<RecordTable, readonly string[]>;

/** A record as its pack gave it, from a row that schemas 1 to 3 stored (with its pack id and derived fields). */
export function packRecordOf(row: { packId: string }, table: RecordTable): object {
  const copy: Record<string, unknown> = { ...row };
  for (const k of ['packId', ...DERIVED_FIELDS[table]]) delete copy[k];
  return copy;
}

/** A pack's records with their pack id and derived keys, in the order given. */
export function packRows(packId: string, records: PackRecords): PackRows {
  return {
    entities: records.entities.map((e) => ({ ...e, packId, ...entityKeys(e) })),
    claims: records.claims.map((c) => ({ ...c, packId, ...claimKeys(c) })),
    corrections: records.corrections.map((c) => ({ ...c, packId })),
    reports: records.reports.map((r) => ({ ...r, packId })),
    stories: records.stories.map((s) => ({ ...s, packId, ...storyKeys(s) })),
  };
}
