import type { Entity } from '../packs/format';
import type { EntityInfo } from './types';

/** Flattens a cached entity for display; the owner is resolved to its name when the cache has it. */
export function entityInfo(e: Entity, owners: Map<string, Entity>): EntityInfo {
  return {
    id: e.id,
    name: e.name,
    kind: e.kind,
    description: e.description,
    country: e.country ?? null,
    founded: e.founded ?? null,
    ownerName: e.owner ? (owners.get(e.owner)?.name ?? null) : null,
    role: e.role ?? null,
    domains: e.domains,
    ratings: e.ratings,
    source: e.source,
  };
}
