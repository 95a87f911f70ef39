import type { Pack } from '../packs/format';
import type { ClaimRow, CorrectionRow, EntityRow, ReportRow, StoryRow } from './db';
import { nameKey, searchWords } from './normalize';

export interface PackRows {
  entities: EntityRow[];
  claims: ClaimRow[];
  corrections: CorrectionRow[];
  reports: ReportRow[];
  stories: StoryRow[];
}

/** Adds the derived, indexed fields (normalised alias keys, search words) to a pack's records. */
export function packRows(pack: Pack): PackRows {
  const packId = pack.pack.id;
  return {
    entities: pack.entities.map((e) => ({
      ...e,
      packId,
      aliasKeys: [...new Set([e.name, ...e.aliases].map(nameKey).filter(Boolean))],
      words: searchWords(e.name, ...e.aliases),
    })),
    claims: pack.claims.map((c) => ({ ...c, packId, words: searchWords(c.text, c.claimant) })),
    corrections: pack.corrections.map((c) => ({ ...c, packId })),
    reports: pack.reports.map((r) => ({ ...r, packId, words: searchWords(r.title) })),
    stories: pack.stories.map((s) => ({ ...s, packId })),
  };
}
