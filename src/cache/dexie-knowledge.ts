import type { Transaction } from 'dexie';
import type { Correction, Entity, PackClaim, Report, Story } from '../packs/format';
import { readRecords, type RecordRef } from './blocks';
import type { BackstoryDB } from './db';
import { domainCandidates, MAX_STORY_REPORTS, type Knowledge } from './knowledge';
import { loadedLookup, refOfId, refsUnder, type LoadedLookup, type LookupName } from './lookup';
import type { RecordTable } from './rows';

const KNOWLEDGE_TABLES = ['packs', 'lookup', 'blocks'];

const byId = <T extends { id: string }>(a: T, b: T) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
const refKey = ({ at, r }: RecordRef) => `${at.packId}/${r}`;

/** The same record reached twice (under two keys, through two ids) is read and listed once. */
function distinctRefs(refs: RecordRef[]): RecordRef[] {
  return [...new Map(refs.map((ref) => [refKey(ref), ref])).values()];
}

/**
 * Knowledge read from the extension's IndexedDB: each pack's lookups (in memory) say where records
 * are, and records are read from their blocks. With `tx`, every read runs in that transaction;
 * without, each lookup runs in a read transaction of its own.
 */
export function dexieKnowledge(db: BackstoryDB, tx?: Transaction): Knowledge {
  /** Runs `read` with lookup `name` of every installed pack, in `tx` or a transaction of its own. */
  const using = <N extends LookupName, T>(name: N, read: (lookups: LoadedLookup<N>[], t: Transaction) => Promise<T>) => {
    const run = async (t: Transaction) => read(await loadedLookup(db, t, name), t);
    return tx ? run(tx) : db.transaction('r', KNOWLEDGE_TABLES, run);
  };
  const records = <T>(t: Transaction, table: RecordTable, refs: RecordRef[]) => readRecords<T>(db, t, table, distinctRefs(refs));

  return {
    // One read transaction: a pack update commits entirely before or after it.
    consistently: (read) => db.transaction('r', KNOWLEDGE_TABLES, (t) => read(dexieKnowledge(db, t))),
    entitiesByKeys: (keys) =>
      using('aliases', async (lookups, t) => {
        const unique = [...new Set(keys)];
        const refs = unique.map((k) => refsUnder(lookups, [k]));
        const all = distinctRefs(refs.flat());
        const found = await records<Entity>(t, 'entities', all);
        const byRef = new Map(all.map((ref, i) => [refKey(ref), found[i]!]));
        const groups = unique.map((k, i) => [k, refs[i]!.map((ref) => byRef.get(refKey(ref))!).sort(byId)] as const);
        return new Map(groups.filter(([, list]) => list.length));
      }),
    entitiesByIds: (ids) =>
      using('entityIds', async (lookups, t) => {
        const refs = [...new Set(ids)].flatMap((id) => refOfId(lookups, id) ?? []);
        return new Map((await records<Entity>(t, 'entities', refs)).map((e) => [e.id, e]));
      }),
    entityByDomain: (host) =>
      using('domains', async (lookups, t) => {
        // Every parent domain at once; the most specific one wins, and of several entities with that
        // domain the first by id, so the answer never depends on the order packs were installed in.
        const candidates = domainCandidates(host);
        const found = (await records<Entity>(t, 'entities', refsUnder(lookups, candidates))).sort(byId);
        for (const d of candidates) {
          const hit = found.find((e) => e.domains.includes(d));
          if (hit) return hit;
        }
        return null;
      }),
    claimsForEntities: (ids) => using('claimsByEntity', (lookups, t) => records<PackClaim>(t, 'claims', refsUnder(lookups, new Set(ids)))),
    claimsForClaimants: (keys) => using('claimsByClaimant', (lookups, t) => records<PackClaim>(t, 'claims', refsUnder(lookups, new Set(keys)))),
    corrections: () => using('correctionIds', (lookups, t) => records<Correction>(t, 'corrections', lookups.flatMap(({ at, index }) => Array.from(index.numbers, (r) => ({ at, r }))))),
    storiesWithKeywords: (keys) =>
      using('storiesByKeyword', async (lookups, t) => (await records<Story>(t, 'stories', refsUnder(lookups, new Set(keys)))).sort(byId)),
    reportsForStory: (storyId) =>
      using('reportsByStory', async (lookups, t) => {
        // Each pack keeps a story's reports newest first; several packs' lists are merged.
        const refs = lookups.flatMap((lookup) => refsUnder([lookup], [storyId]).slice(0, MAX_STORY_REPORTS));
        const reports = await records<Report>(t, 'reports', refs);
        if (lookups.length > 1) reports.sort((a, b) => (a.publishedAt < b.publishedAt ? 1 : a.publishedAt > b.publishedAt ? -1 : byId(a, b)));
        return reports.slice(0, MAX_STORY_REPORTS);
      }),
  };
}
