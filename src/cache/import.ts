import Dexie from 'dexie';
import type { Pack } from '../packs/format';
import type { BackstoryDB, PackRow } from './db';
import { packRows, type PackRows } from './rows';
import { buildSearchIndex } from './search-index';

// Rows per bulkAdd: large chunks keep IndexedDB busy between progress reports without holding a whole table's requests at once.
const CHUNK = 10_000;
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
  const searchIndex = buildSearchIndex(packId, rows);
  await db.transaction('rw', [db.packs, db.searchIndex, db.storyIndex, ...tables.map((t) => db[t])], async () => {
    for (const t of tables) await db[t].where('packId').equals(packId).delete();
    let done = 0;
    for (const t of tables) {
      const list = rows[t];
      // Dexie's bulkAdd is typed per table; the rows were built for exactly this table.
      const table = db[t] as unknown as { bulkAdd(r: unknown[]): Promise<unknown>; get(id: string): Promise<{ packId: string } | undefined> };
      for (let i = 0; i < list.length; i += CHUNK) {
        const chunk = list.slice(i, i + CHUNK);
        try {
          await table.bulkAdd(chunk);
        } catch (e) {
          // This pack's old rows are gone, so an id that is still taken belongs to another pack. Asking
          // the index up front would read every id of a large pack; a failed add costs nothing until it happens.
          if (!(e instanceof Dexie.BulkError)) throw e;
          const [pos, failure] = Object.entries(e.failuresByPos)[0]!;
          // Anything but a taken key (a full disk, a broken profile) is the storage error itself.
          if (failure.name !== 'ConstraintError') throw failure;
          const id = chunk[Number(pos)]!.id;
          const owner = await table.get(id);
          throw new PackConflictError(`${t} "${id}" already belongs to pack "${owner?.packId ?? 'unknown'}"`);
        }
        done += chunk.length;
        onProgress?.({ done, total });
      }
    }
    await db.searchIndex.put(searchIndex);
    await db.storyIndex.put({ packId, stories: rows.stories });
    await db.packs.put(row);
  });
  return row;
}

/** Removes a pack and every record it brought, in one transaction. */
export async function removePack(db: BackstoryDB, packId: string): Promise<void> {
  await db.transaction('rw', [db.packs, db.searchIndex, db.storyIndex, ...tables.map((t) => db[t])], async () => {
    for (const t of tables) await db[t].where('packId').equals(packId).delete();
    await db.searchIndex.delete(packId);
    await db.storyIndex.delete(packId);
    await db.packs.delete(packId);
  });
}
