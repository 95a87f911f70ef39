import type { Transaction } from 'dexie';
import type { Pack } from '../packs/format';
import type { BlockRow } from './blocks';
import type { BackstoryDB, PackRow } from './db';
import { numberOfId } from './key-index';
import { ID_LOOKUPS, loadedLookup } from './lookup';
import { rowsOfPack } from './pack-keys';
import { packStorage, type PackStorage } from './pack-storage';
import { RECORD_TABLES } from './rows';

// Blocks per bulkAdd: about 4,000 records between progress reports.
const CHUNK = 64;
const WRITE_TABLES = ['packs', 'blocks', 'lookup', 'searchIndex'];

export interface ImportProgress {
  done: number;
  total: number;
}

/** Thrown when a pack would overwrite records owned by another installed pack. */
export class PackConflictError extends Error {}

/** Refuses the first record of `pack` (table by table, in pack order) whose id another installed pack already has. */
async function refuseTakenIds(db: BackstoryDB, tx: Transaction, pack: Pack): Promise<void> {
  for (const t of RECORD_TABLES) {
    const others = (await loadedLookup(db, tx, ID_LOOKUPS[t])).filter(({ at }) => at.packId !== pack.pack.id);
    for (const { id } of pack[t]) {
      const owner = others.find(({ index }) => numberOfId(index, id) >= 0);
      if (owner) throw new PackConflictError(`${t} "${id}" already belongs to pack "${owner.at.packId}"`);
    }
  }
}

/** Deletes everything a pack stored but its pack row. */
async function deleteStorage(tx: Transaction, packId: string): Promise<void> {
  await rowsOfPack(tx, 'blocks', packId).delete();
  await rowsOfPack(tx, 'lookup', packId).delete();
  await tx.table('searchIndex').delete(packId);
}

/** Writes one installation of a pack in `tx`, replacing whatever that pack had stored; progress in records, table by table. */
export async function writePackStorage(tx: Transaction, row: PackRow, storage: PackStorage, onProgress?: (p: ImportProgress) => void): Promise<void> {
  await deleteStorage(tx, row.id);
  const total = Object.values(storage.counts).reduce((a, b) => a + b, 0);
  const blocks = tx.table<BlockRow>('blocks');
  let done = 0;
  for (const t of RECORD_TABLES) {
    const ofTable = storage.blocks.filter((b) => b.table === t);
    for (let i = 0; i < ofTable.length; i += CHUNK) {
      const chunk = ofTable.slice(i, i + CHUNK);
      await blocks.bulkAdd(chunk);
      done += chunk.reduce((n, b) => n + b.records.length, 0);
      onProgress?.({ done, total });
    }
  }
  await tx.table('searchIndex').add(storage.searchIndex);
  await tx.table('lookup').bulkAdd(storage.lookups);
  await tx.table('packs').put(row);
}

/**
 * Installs a validated pack in one transaction: the previous version of the same pack is removed
 * and the new one written, or, on any failure (quota, conflict), nothing changes at all.
 */
export async function importPack(db: BackstoryDB, pack: Pack, onProgress?: (p: ImportProgress) => void): Promise<PackRow> {
  const storage = packStorage(pack.pack.id, pack);
  const row: PackRow = { ...pack.pack, installedAt: new Date().toISOString(), installId: crypto.randomUUID(), counts: storage.counts };
  await db.transaction('rw', WRITE_TABLES, async (tx) => {
    await refuseTakenIds(db, tx, pack);
    await writePackStorage(tx, row, storage, onProgress);
  });
  return row;
}

/** Removes a pack and every record it brought, in one transaction. */
export async function removePack(db: BackstoryDB, packId: string): Promise<void> {
  await db.transaction('rw', WRITE_TABLES, async (tx) => {
    await deleteStorage(tx, packId);
    await tx.table('packs').delete(packId);
  });
}
