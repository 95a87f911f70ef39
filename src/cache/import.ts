import type { Pack } from '../packs/format';
import type { BackstoryDB, PackRow } from './db';
import { packRows, type PackRows } from './rows';

const CHUNK = 2_000;
const tables = ['entities', 'claims', 'corrections', 'reports', 'stories'] as const;

export interface ImportProgress {
  done: number;
  total: number;
}

/** Thrown when a pack would overwrite records owned by another installed pack. */
export class PackConflictError extends Error {}

/**
 * Installs a validated pack in one transaction: the previous version of the same pack is removed
 * and the new one written, or, on any failure (quota, conflict), nothing changes at all.
 */
export async function importPack(
  db: BackstoryDB,
  pack: Pack,
  onProgress?: (p: ImportProgress) => void,
): Promise<PackRow> {
  const rows: PackRows = packRows(pack);
  const packId = pack.pack.id;
  const total = tables.reduce((n, t) => n + rows[t].length, 0);
  const row: PackRow = {
    ...pack.pack,
    installedAt: new Date().toISOString(),
    counts: {
      entities: rows.entities.length,
      claims: rows.claims.length,
      corrections: rows.corrections.length,
      reports: rows.reports.length,
      stories: rows.stories.length,
    },
  };
  await db.transaction('rw', [db.packs, ...tables.map((t) => db[t])], async () => {
    for (const t of tables) {
      const ids = rows[t].map((r) => r.id);
      const owners = await db[t].where('id').anyOf(ids).toArray();
      const clash = owners.find((o) => o.packId !== packId);
      if (clash) throw new PackConflictError(`${t} "${clash.id}" already belongs to pack "${clash.packId}"`);
    }
    for (const t of tables) await db[t].where('packId').equals(packId).delete();
    let done = 0;
    for (const t of tables) {
      const list = rows[t];
      for (let i = 0; i < list.length; i += CHUNK) {
        // Dexie's bulkAdd is typed per table; the rows were built for exactly this table.
        await (db[t] as unknown as { bulkAdd(r: unknown[]): Promise<unknown> }).bulkAdd(list.slice(i, i + CHUNK));
        done += Math.min(CHUNK, list.length - i);
        onProgress?.({ done, total });
      }
    }
    await db.packs.put(row);
  });
  return row;
}

/** Removes a pack and every record it brought, in one transaction. */
export async function removePack(db: BackstoryDB, packId: string): Promise<void> {
  await db.transaction('rw', [db.packs, ...tables.map((t) => db[t])], async () => {
    for (const t of tables) await db[t].where('packId').equals(packId).delete();
    await db.packs.delete(packId);
  });
}
