import { PACK_FORMAT, PACK_FORMAT_VERSION, type Pack } from '../packs/format';
import type { BackstoryDB } from './db';
import { DERIVED_FIELDS } from './rows';

/** Drops what the cache derived or added (pack id, alias keys, search words) to give back pack records. */
function strip<T extends { packId: string }>(row: T, derived: readonly string[]): Omit<T, 'packId'> {
  const copy: Record<string, unknown> = { ...row };
  for (const k of ['packId', ...derived]) delete copy[k];
  return copy as Omit<T, 'packId'>;
}

/** An installed pack, written back in the pack format it was imported from; null when not installed. */
export async function exportPack(db: BackstoryDB, packId: string): Promise<Pack | null> {
  return db.transaction('r', [db.packs, db.entities, db.claims, db.corrections, db.reports, db.stories], async () => {
    const meta = await db.packs.get(packId);
    if (!meta) return null;
    const { installedAt: _installed, counts: _counts, ...pack } = meta;
    const of = <T extends { packId: string }>(table: { where(i: string): { equals(v: string): { toArray(): Promise<T[]> } } }) =>
      table.where('packId').equals(packId).toArray();
    return {
      format: PACK_FORMAT,
      formatVersion: PACK_FORMAT_VERSION,
      pack,
      entities: (await of(db.entities)).map((r) => strip(r, DERIVED_FIELDS.entities)),
      claims: (await of(db.claims)).map((r) => strip(r, DERIVED_FIELDS.claims)),
      corrections: (await of(db.corrections)).map((r) => strip(r, DERIVED_FIELDS.corrections)),
      reports: (await of(db.reports)).map((r) => strip(r, DERIVED_FIELDS.reports)),
      stories: (await of(db.stories)).map((r) => strip(r, DERIVED_FIELDS.stories)),
    } as Pack;
  });
}
