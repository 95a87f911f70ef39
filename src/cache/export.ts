import type Dexie from 'dexie';
import { PACK_FORMAT, PACK_FORMAT_VERSION, type Pack } from '../packs/format';
import type { BlockRow } from './blocks';
import type { PackRow } from './db';
import { rowsOfPack } from './pack-keys';
import { RECORD_TABLES, type PackRecords } from './rows';

/** An installed pack, written back in the pack format it was imported from (records by id); null when not installed. */
export async function exportPack(db: Dexie, packId: string): Promise<Pack | null> {
  return db.transaction('r', ['packs', 'blocks'], async (tx) => {
    const meta = await tx.table<PackRow, string>('packs').get(packId);
    if (!meta) return null;
    const { installedAt: _installed, installId: _install, counts: _counts, ...pack } = meta;
    const records: Record<string, { id: string }[]> = Object.fromEntries(RECORD_TABLES.map((t) => [t, []]));
    for (const block of await rowsOfPack<BlockRow>(tx, 'blocks', packId).toArray()) for (const text of block.records) records[block.table]!.push(JSON.parse(text));
    // By id, as export has always listed them (storage order groups reports by story instead).
    for (const list of Object.values(records)) list.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    return { format: PACK_FORMAT, formatVersion: PACK_FORMAT_VERSION, pack, ...(records as unknown as PackRecords) } as Pack;
  });
}
