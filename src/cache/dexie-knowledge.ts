import Dexie from 'dexie';
import type { BackstoryDB } from './db';
import { domainCandidates, MAX_STORY_REPORTS, type Knowledge } from './knowledge';

/** Knowledge read from the extension's IndexedDB, each lookup through one index of the current schema. */
export function dexieKnowledge(db: BackstoryDB): Knowledge {
  return {
    async entitiesByKeys(keys) {
      const out = new Map<string, typeof rows>();
      const rows = keys.length ? await db.entities.where('aliasKeys').anyOf(keys).distinct().toArray() : [];
      const wanted = new Set(keys);
      for (const row of rows) {
        for (const k of row.aliasKeys) {
          if (!wanted.has(k)) continue;
          const list = out.get(k) ?? [];
          list.push(row);
          out.set(k, list);
        }
      }
      return out;
    },
    async entitiesByIds(ids) {
      const rows = await db.entities.bulkGet(ids);
      return new Map(rows.flatMap((r) => (r ? [[r.id, r] as const] : [])));
    },
    async entityByDomain(host) {
      for (const d of domainCandidates(host)) {
        const hit = await db.entities.where('domains').equals(d).first();
        if (hit) return hit;
      }
      return null;
    },
    async claimsForEntities(ids) {
      return ids.length ? db.claims.where('entityIds').anyOf(ids).distinct().toArray() : [];
    },
    async claimsForClaimants(keys) {
      return keys.length ? db.claims.where('claimantKey').anyOf(keys).toArray() : [];
    },
    corrections: () => db.corrections.toArray(),
    storiesWithKeywords: async (keys) => (keys.length ? db.stories.where('keywordKeys').anyOf(keys).distinct().toArray() : []),
    reportsForStory: (storyId) =>
      db.reports
        .where('[storyId+publishedAt]')
        .between([storyId, Dexie.minKey], [storyId, Dexie.maxKey])
        .reverse()
        .limit(MAX_STORY_REPORTS)
        .toArray(),
  };
}
