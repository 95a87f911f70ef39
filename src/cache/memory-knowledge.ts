import type { Entity, Pack, PackClaim, Report, Story } from '../packs/format';
import { domainCandidates, MAX_STORY_REPORTS, type Knowledge } from './knowledge';
import { packRows } from './rows';

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** Knowledge held in memory, for the command line and tests: the same lookups as the database. */
export function memoryKnowledge(packs: Pack[]): Knowledge {
  const byKey = new Map<string, Entity[]>();
  const byId = new Map<string, Entity>();
  const byDomain = new Map<string, Entity>();
  const claimsByEntity = new Map<string, PackClaim[]>();
  const claimsByClaimant = new Map<string, PackClaim[]>();
  const reportsByStory = new Map<string, Report[]>();
  const storiesByKeyword = new Map<string, Story[]>();
  const all = packs.map((p) => packRows(p.pack.id, p));
  for (const rows of all) {
    for (const e of rows.entities) {
      byId.set(e.id, e);
      for (const k of e.aliasKeys) push(byKey, k, e);
      for (const d of e.domains) if (!byDomain.has(d)) byDomain.set(d, e);
    }
    for (const c of rows.claims) {
      for (const id of c.entityIds) push(claimsByEntity, id, c);
      if (c.claimantKey) push(claimsByClaimant, c.claimantKey, c);
    }
    for (const r of rows.reports) if (r.storyId) push(reportsByStory, r.storyId, r);
    for (const s of rows.stories) for (const k of s.keywordKeys) push(storiesByKeyword, k, s);
  }
  // Newest first, as the database's [storyId+publishedAt] index gives them.
  for (const list of reportsByStory.values()) list.sort((a, b) => b.publishedAt.localeCompare(a.publishedAt));
  const corrections = all.flatMap((r) => r.corrections);
  const gather = <T>(index: Map<string, T[]>, keys: string[]) => [...new Set(keys.flatMap((k) => index.get(k) ?? []))];
  const knowledge: Knowledge = {
    consistently: (read) => read(knowledge), // packs in memory do not change
    async entitiesByKeys(keys) {
      return new Map(keys.flatMap((k) => (byKey.has(k) ? [[k, byKey.get(k)!] as const] : [])));
    },
    async entitiesByIds(ids) {
      return new Map(ids.flatMap((id) => (byId.has(id) ? [[id, byId.get(id)!] as const] : [])));
    },
    async entityByDomain(host) {
      for (const d of domainCandidates(host)) if (byDomain.has(d)) return byDomain.get(d)!;
      return null;
    },
    claimsForEntities: async (ids) => gather(claimsByEntity, ids),
    claimsForClaimants: async (keys) => gather(claimsByClaimant, keys),
    corrections: async () => corrections,
    storiesWithKeywords: async (keys) => gather(storiesByKeyword, keys),
    reportsForStory: async (storyId) => (reportsByStory.get(storyId) ?? []).slice(0, MAX_STORY_REPORTS),
  };
  return knowledge;
}
