import type { Transaction } from 'dexie';

/**
 * Every row of one pack in a table whose keys start with the pack id (blocks: [packId, table, n];
 * lookups: [packId, name]), as a key range: [packId] sorts before each such key (a prefix comes
 * first) and [packId, []] after them (arrays sort after strings and numbers).
 */
export function rowsOfPack<T>(tx: Transaction, table: 'blocks' | 'lookup', packId: string) {
  return tx.table<T>(table).where(':id').between([packId], [packId, []]);
}
