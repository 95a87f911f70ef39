import type { IndexableType, Transaction } from 'dexie';
import type { BackstoryDB, PackRow } from './db';

// One read of the installed packs per transaction, however many per-pack indexes it loads.
const packsRead = new WeakMap<Transaction, Promise<PackRow[]>>();
function installedPacks(tx: Transaction): Promise<PackRow[]> {
  let packs = packsRead.get(tx);
  if (!packs) packsRead.set(tx, (packs = tx.table<PackRow, string>('packs').toArray()));
  return packs;
}

/**
 * A per-pack index held in memory: each installed pack's row (the one at `keyOf(packId)` in `table`),
 * loaded on first use and again whenever the installed packs change (an import, a removal or a reset,
 * in this context or another extension page's). The packs' ids and installation ids are the signature.
 * Read in `tx`, a read transaction over `packs`, the index table and the records the caller goes on
 * to read, so the index and those records come from the same installation of every pack.
 */
export function perPackMemory<Row, Loaded>(
  table: string,
  keyOf: (packId: string) => IndexableType,
  load: (row: Row, pack: PackRow) => Loaded,
): (db: BackstoryDB, tx: Transaction) => Promise<Loaded[]> {
  const loaded = new WeakMap<BackstoryDB, { signature: string; indexes: Loaded[] }>();
  // The lookups of one context build run at once in one transaction: they share one load, not one each.
  const inTransaction = new WeakMap<Transaction, Promise<Loaded[]>>();
  const read = async (db: BackstoryDB, tx: Transaction) => {
    const packs = await installedPacks(tx);
    const signature = packs.map((p) => `${p.id}@${p.installId}`).sort().join('\n');
    const cached = loaded.get(db);
    if (cached?.signature === signature) return cached.indexes;
    const rows = await tx.table<Row, IndexableType>(table).bulkGet(packs.map((p) => keyOf(p.id)));
    const indexes = packs.flatMap((pack, i) => (rows[i] ? [load(rows[i], pack)] : []));
    loaded.set(db, { signature, indexes });
    return indexes;
  };
  return (db, tx) => {
    let indexes = inTransaction.get(tx);
    if (!indexes) inTransaction.set(tx, (indexes = read(db, tx)));
    return indexes;
  };
}
