import { createRequire } from 'node:module';
import type BetterSqlite3 from 'better-sqlite3';

// better-sqlite3 is CommonJS. Imported from ESM, Node first scans its source (and the file it re-exports)
// for named exports, which costs about 3 ms of every `hearback today`; loaded with require it is not scanned.
const load = createRequire(import.meta.url);

/** better-sqlite3's Database class, loaded without the ESM wrapper. */
export const Database = load('better-sqlite3') as typeof BetterSqlite3;
// The class's namespace of types (Database.Database, Database.SqliteError...) goes with it.
export type Database = BetterSqlite3.Database;
