import type { Transaction } from 'dexie';
import type { RecordRef } from './blocks';
import type { BackstoryDB } from './db';
import { buildIdIndex, buildKeyIndex, numberOfId, rangeUnder, type IdIndex, type KeyIndex } from './key-index';
import { perPackMemory } from './per-pack-memory';
import type { DerivedKeys, PackRecords, RecordTable } from './rows';

/**
 * A pack's lookups: what IndexedDB indexes answered while every record had a row of its own. Records
 * are named by their number in the pack's storage order, which also says which block holds them
 * (blocks.ts). Each lookup is a row of its own, loaded into memory when a reader first needs it, so
 * the popup's search loads entity ids only, and an article's context the lookups it uses.
 */
export interface PackLookups {
  entityIds: IdIndex;
  claimIds: IdIndex;
  correctionIds: IdIndex;
  reportIds: IdIndex;
  storyIds: IdIndex;
  /** Entities by alias key (normalised name and aliases). */
  aliases: KeyIndex;
  /** Entities by web domain. */
  domains: KeyIndex;
  /** Fact-checks by the entity ids they name. */
  claimsByEntity: KeyIndex;
  /** Fact-checks by claimant name key. */
  claimsByClaimant: KeyIndex;
  /** Reports by story id, newest first (storage order keeps a story's reports together, newest first). */
  reportsByStory: KeyIndex;
  /** Stories by keyword key. */
  storiesByKeyword: KeyIndex;
}
export type LookupName = keyof PackLookups;

export const ID_LOOKUPS = {
  entities: 'entityIds',
  claims: 'claimIds',
  corrections: 'correctionIds',
  reports: 'reportIds',
  stories: 'storyIds',
} as const satisfies Record<RecordTable, LookupName>;

/** One lookup of one pack, as stored (key [packId+name]). */
export interface LookupRow {
  packId: string;
  name: LookupName;
  index: IdIndex | KeyIndex;
}

/** The lookups of a pack whose records (and their derived keys) are in storage order, as rows. */
export function buildLookups(packId: string, records: PackRecords, keys: DerivedKeys): LookupRow[] {
  const { entities, claims, reports } = records;
  const ids = (table: RecordTable) => buildIdIndex(records[table].map((r) => r.id));
  const lookups: PackLookups = {
    entityIds: ids('entities'),
    claimIds: ids('claims'),
    correctionIds: ids('corrections'),
    reportIds: ids('reports'),
    storyIds: ids('stories'),
    aliases: buildKeyIndex(entities.length, (r, add) => keys.aliasKeys[r]!.forEach(add)),
    domains: buildKeyIndex(entities.length, (r, add) => entities[r]!.domains.forEach(add)),
    claimsByEntity: buildKeyIndex(claims.length, (r, add) => claims[r]!.entityIds.forEach(add)),
    claimsByClaimant: buildKeyIndex(claims.length, (r, add) => {
      const key = keys.claimantKeys[r];
      if (key) add(key);
    }),
    reportsByStory: buildKeyIndex(reports.length, (r, add) => {
      const story = reports[r]!.storyId;
      if (story) add(story);
    }),
    storiesByKeyword: buildKeyIndex(records.stories.length, (r, add) => keys.keywordKeys[r]!.forEach(add)),
  };
  return Object.entries(lookups).map(([name, index]) => ({ packId, name: name as LookupName, index }));
}

/** One installed pack's lookup in memory, with where its records are. */
export interface LoadedLookup<N extends LookupName> {
  at: RecordRef['at'];
  index: PackLookups[N];
}

const memoryOf = (name: LookupName) =>
  perPackMemory('lookup', (packId) => [packId, name], (row: LookupRow, pack) => ({ at: { packId: pack.id, installId: pack.installId }, index: row.index }));
const memories = new Map<LookupName, ReturnType<typeof memoryOf>>();

/** Lookup `name` of each installed pack (see per-pack-memory.ts for when it is reloaded). */
export function loadedLookup<N extends LookupName>(db: BackstoryDB, tx: Transaction, name: N): Promise<LoadedLookup<N>[]> {
  let memory = memories.get(name);
  if (!memory) memories.set(name, (memory = memoryOf(name)));
  return memory(db, tx) as Promise<LoadedLookup<N>[]>;
}

/** Where the records under any of `keys` are, over every pack, key by key, in pack order and then storage order. */
export function refsUnder(lookups: readonly { at: RecordRef['at']; index: KeyIndex }[], keys: Iterable<string>): RecordRef[] {
  const refs: RecordRef[] = [];
  for (const key of keys) {
    for (const { at, index } of lookups) {
      const [from, to] = rangeUnder(index, key);
      for (let i = from; i < to; i++) refs.push({ at, r: index.numbers[i]! });
    }
  }
  return refs;
}

/** Where the record with this id is, in whichever pack has it; null when none does. */
export function refOfId(lookups: readonly { at: RecordRef['at']; index: IdIndex }[], id: string): RecordRef | null {
  for (const { at, index } of lookups) {
    const r = numberOfId(index, id);
    if (r >= 0) return { at, r };
  }
  return null;
}
