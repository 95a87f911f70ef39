import { blocksOf, type BlockRow } from './blocks';
import { buildLookups, type LookupRow } from './lookup';
import { derivedKeys, type DerivedKeys, type PackRecords, type RecordTable } from './rows';
import { buildSearchIndex, type SearchIndexRow } from './search-index';

/** Everything one installation of a pack writes: its records in blocks and its per-pack indexes. */
export interface PackStorage {
  blocks: BlockRow[];
  lookups: LookupRow[];
  searchIndex: SearchIndexRow;
  counts: Record<RecordTable, number>;
}

const byId = <T extends { id: string }>(list: readonly T[]): T[] => [...list].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));

/**
 * Records in the order they are stored and numbered: by id, except reports, which go by story and
 * newest first so that the up to 500 reportsForStory reads sit in few blocks and need no sorting. The
 * order depends on the records only, not on the order a pack file or an older schema gave them in, so
 * every installation of the same records stores, numbers and ranks them alike.
 */
function inStorageOrder(pack: PackRecords): PackRecords {
  const reports = pack.reports.map((r) => ({ r, story: r.storyId ?? '' }));
  reports.sort(({ r: a, story: sa }, { r: b, story: sb }) => {
    if (sa !== sb) return sa < sb ? -1 : 1;
    if (a.publishedAt !== b.publishedAt) return a.publishedAt > b.publishedAt ? -1 : 1;
    return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
  });
  return { entities: byId(pack.entities), claims: byId(pack.claims), corrections: byId(pack.corrections), reports: reports.map(({ r }) => r), stories: byId(pack.stories) };
}

/** The storage of a pack's records (as imported, or as read back from an older schema by an upgrade). */
export function packStorage(packId: string, pack: PackRecords): PackStorage {
  const records = inStorageOrder(pack);
  const keys: DerivedKeys = derivedKeys(records);
  return {
    blocks: blocksOf(packId, records),
    lookups: buildLookups(packId, records, keys),
    searchIndex: buildSearchIndex(packId, records, keys),
    counts: { entities: records.entities.length, claims: records.claims.length, corrections: records.corrections.length, reports: records.reports.length, stories: records.stories.length },
  };
}
