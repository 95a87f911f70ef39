import type { Correction, Entity, PackClaim, Report, Story } from '../packs/format';

/**
 * Read access to installed knowledge, as the context builder needs it. The background answers from
 * IndexedDB; the command line answers from packs held in memory. Both use the same name keys.
 */
export interface Knowledge {
  /** Runs `read` with lookups that all see the same installed packs, even while a pack is replaced. */
  consistently<T>(read: (knowledge: Knowledge) => Promise<T>): Promise<T>;
  /** Entities whose normalised name or alias equals one of the keys, grouped by key. */
  entitiesByKeys(keys: string[]): Promise<Map<string, Entity[]>>;
  entitiesByIds(ids: string[]): Promise<Map<string, Entity>>;
  /** The outlet that owns a host (or a parent domain of it). */
  entityByDomain(host: string): Promise<Entity | null>;
  /** Fact-checks that name any of these entities. */
  claimsForEntities(ids: string[]): Promise<PackClaim[]>;
  /** Fact-checks whose claimant's name key is one of these (packs from ClaimReview feeds link no entities). */
  claimsForClaimants(keys: string[]): Promise<PackClaim[]>;
  corrections(): Promise<Correction[]>;
  /** Stories with any of these keyword keys (name keys of the keywords). */
  storiesWithKeywords(keys: string[]): Promise<Story[]>;
  /** Reports on a story, newest first, at most MAX_STORY_REPORTS. */
  reportsForStory(storyId: string): Promise<Report[]>;
}

/** A story with more reports than this is compared and listed through its newest ones only. */
export const MAX_STORY_REPORTS = 500;

/** Parent domains of a host, most specific first: news.bbc.co.uk → [news.bbc.co.uk, bbc.co.uk, co.uk]. */
export function domainCandidates(host: string): string[] {
  const parts = host.split('.');
  const out: string[] = [];
  for (let i = 0; i < parts.length - 1; i++) out.push(parts.slice(i).join('.'));
  return out;
}
