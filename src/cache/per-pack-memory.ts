import type { Transaction } from 'dexie';
import type { BackstoryDB, PackRow } from './db';

/**
 * A per-pack index table held in memory: each installed pack's row, loaded on first use and again
 * whenever the installed packs change (an import, a removal or a reset, in this context or another
 * extension page's). The packs' ids, versions and install times are the signature: one small read per use.
 * Read in `tx`, a read transaction over `packs`, the index table and the records the caller goes on
 * to read, so the index and those records come from the same version of every pack.
 */
export function perPackMemory<Row, Loaded>(table: string, load: (row: Row) => Loaded): (db: BackstoryDB, tx: Transaction) => Promise<Loaded[]> {
  const loaded = new WeakMap<BackstoryDB, { signature: string; indexes: Loaded[] }>();
  return async (db, tx) => {
    const packs = await tx.table<PackRow, string>('packs').toArray();
    const signature = packs.map((p) => `${p.id}@${p.version}@${p.installedAt}`).sort().join('\n');
    const cached = loaded.get(db);
    if (cached?.signature === signature) return cached.indexes;
    const rows = await tx.table<Row, string>(table).bulkGet(packs.map((p) => p.id));
    const indexes = rows.flatMap((r) => (r ? [load(r)] : []));
    loaded.set(db, { signature, indexes });
    return indexes;
  };
}
