export { BackstoryDB, database, DB_NAME, type PackRow } from './db';
export { exportPack } from './export';
export { importPack, removePack, PackConflictError, type ImportProgress } from './import';
export { type Knowledge } from './knowledge';
export { dexieKnowledge } from './dexie-knowledge';
export { memoryKnowledge } from './memory-knowledge';
export { searchCache, type SearchResults } from './search';
export { nameKey, hostOf } from './normalize';
