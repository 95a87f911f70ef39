import type { Entity, Pack, PackClaim, Report } from '../packs/format';
import { domainCandidates, type Knowledge } from './knowledge';
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
  const reportsByStory = new Map<string, Report[]>();
  const all = packs.map(packRows);
  for (const rows of all) {
    for (const e of rows.entities) {
      byId.set(e.id, e);
      for (const k of e.aliasKeys) push(byKey, k, e);
      for (const d of e.domains) if (!byDomain.has(d)) byDomain.set(d, e);
    }
    for (const c of rows.claims) for (const id of c.entityIds) push(claimsByEntity, id, c);
    for (const r of rows.reports) if (r.storyId) push(reportsByStory, r.storyId, r);
  }
  const corrections = all.flatMap((r) => r.corrections);
  const stories = all.flatMap((r) => r.stories);
  return {
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
    async claimsForEntities(ids) {
      return [...new Set(ids.flatMap((id) => claimsByEntity.get(id) ?? []))];
    },
    corrections: async () => corrections,
    stories: async () => stories,
    reportsForStory: async (storyId) => reportsByStory.get(storyId) ?? [],
  };
}
