import Dexie, { type Table, type Transaction } from 'dexie';
import type { BackstoryDB, ClaimRow, CorrectionRow, EntityRow, ReportRow, StoryRow } from './db';
import { domainCandidates, MAX_STORY_REPORTS, type Knowledge } from './knowledge';
import { loadedStoryIndexes } from './story-index';

const TABLES = ['entities', 'claims', 'corrections', 'reports'] as const;

/**
 * The rows under each key of an index: one equality read per key, all issued at once. (`anyOf` walks
 * one cursor through the keys, and in Chromium every step of it waits for the one before.)
 */
function eachKey<T>(table: Table<T, string>, index: string, keys: string[]): Promise<T[][]> {
  return Promise.all(keys.map((k) => table.where(index).equals(k).toArray()));
}

const distinct = <T extends { id: string }>(lists: T[][]) => [...new Map(lists.flat().map((r) => [r.id, r])).values()];

/**
 * Knowledge read from the extension's IndexedDB through the indexes of the current schema, and stories
 * through the packs' in-memory keyword index. With `tx`, every lookup runs in that transaction (tables
 * bound to it, so lookups made after awaiting plain promises still join it).
 */
export function dexieKnowledge(db: BackstoryDB, tx?: Transaction): Knowledge {
  const table = <T>(name: (typeof TABLES)[number]) => (tx ? tx.table(name) : db.table(name)) as Table<T, string>;
  const entities = table<EntityRow>('entities');
  const claims = table<ClaimRow>('claims');
  const reports = table<ReportRow>('reports');
  const corrections = table<CorrectionRow>('corrections');
  return {
    // One read transaction: a pack update commits entirely before or after it.
    consistently: (read) => db.transaction('r', ['packs', 'storyIndex', ...TABLES], (t) => read(dexieKnowledge(db, t))),
    async entitiesByKeys(keys) {
      const unique = [...new Set(keys)];
      const lists = await eachKey(entities, 'aliasKeys', unique);
      return new Map(unique.flatMap((k, i) => (lists[i]!.length ? [[k, lists[i]!] as const] : [])));
    },
    async entitiesByIds(ids) {
      const rows = await entities.bulkGet(ids);
      return new Map(rows.flatMap((r) => (r ? [[r.id, r] as const] : [])));
    },
    async entityByDomain(host) {
      // Every parent domain at once; the most specific one wins, and of several entities with that
      // domain the first by id, so the answer never depends on the order rows come back in.
      const candidates = domainCandidates(host);
      const rows = distinct(await eachKey(entities, 'domains', candidates)).sort((a, b) => (a.id < b.id ? -1 : 1));
      for (const d of candidates) {
        const hit = rows.find((r) => r.domains.includes(d));
        if (hit) return hit;
      }
      return null;
    },
    claimsForEntities: async (ids) => distinct(await eachKey(claims, 'entityIds', [...new Set(ids)])),
    claimsForClaimants: async (keys) => distinct(await eachKey(claims, 'claimantKey', [...new Set(keys)])),
    corrections: () => corrections.toArray(),
    async storiesWithKeywords(keys) {
      const read = async (t: Transaction) => {
        const found = new Map<string, StoryRow>();
        for (const byKeyword of await loadedStoryIndexes(db, t)) for (const k of keys) for (const s of byKeyword.get(k) ?? []) found.set(s.id, s);
        return [...found.values()].sort((a, b) => (a.id < b.id ? -1 : 1));
      };
      return tx ? read(tx) : db.transaction('r', ['packs', 'storyIndex'], read);
    },
    reportsForStory: (storyId) =>
      reports
        .where('[storyId+publishedAt]')
        .between([storyId, Dexie.minKey], [storyId, Dexie.maxKey])
        .reverse()
        .limit(MAX_STORY_REPORTS)
        .toArray(),
  };
}
