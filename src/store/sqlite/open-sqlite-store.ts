import { closeSync, existsSync, mkdirSync, openSync, realpathSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { Database } from './better-sqlite3';
import { Kysely } from 'kysely';
import { AppError } from '../../core/app-error';
import type { Store } from '../../ports/store';
import { KyselyStore, type StoreOptions } from '../kysely-store';
import type { Database as Tables } from '../schema';
import { HearbackSqliteDialect } from './sqlite-dialect';
import { mapSqliteError } from './map-sqlite-error';
import { withStatementCache } from './statement-cache';

/** How long a writer waits for another process's write lock before giving up with `store_unavailable`. */
const BUSY_TIMEOUT_MS = 5_000;

export const MEMORY = ':memory:';

/**
 * Creates the database file before SQLite does, so it gets mode 0600 (it holds personal data) inside a 0700
 * directory. SQLite gives the -wal and -shm files the same mode as the database file. An existing file or
 * directory keeps the mode its owner chose.
 */
function createPrivateFile(file: string): void {
  mkdirSync(dirname(file), { recursive: true, mode: 0o700 });
  closeSync(openSync(file, 'a', 0o600));
}

/**
 * The compiled addon's path. better-sqlite3 otherwise finds it through the `bindings` package, which probes
 * a dozen paths and parses a stack trace: a third of the CLI's start-up on a cold cache.
 */
function nativeBinding(): { nativeBinding?: string } {
  try {
    const addon = join(dirname(createRequire(import.meta.url).resolve('better-sqlite3/package.json')), 'build', 'Release', 'better_sqlite3.node');
    return existsSync(addon) ? { nativeBinding: addon } : {};
  } catch {
    return {};
  }
}

/**
 * Switches a database to WAL. When several processes open a new file at once, the switch can fail with
 * SQLITE_BUSY without SQLite calling the busy handler, so it is retried here for up to the busy timeout.
 * Once a file is in WAL mode it stays so, and the switch costs nothing.
 */
function enableWal(database: Database): void {
  const pause = new Int32Array(new SharedArrayBuffer(4));
  for (let waited = 0; ; waited += 25) {
    try {
      database.pragma('journal_mode = WAL');
      return;
    } catch (error) {
      if ((error as { code?: string }).code !== 'SQLITE_BUSY' || waited >= BUSY_TIMEOUT_MS) throw error;
      // A synchronous pause: the store opens synchronously, and this happens only when files are new.
      Atomics.wait(pause, 0, 0, 25);
    }
  }
}

function openDatabase(file: string): Database {
  if (file !== MEMORY) createPrivateFile(file);
  // better-sqlite3's `timeout` is SQLite's busy_timeout.
  const database = new Database(file, { timeout: BUSY_TIMEOUT_MS, ...nativeBinding() });
  try {
    enableWal(database);
    // NORMAL is durable across application crashes in WAL mode and skips an fsync on every commit.
    database.pragma('synchronous = NORMAL');
    database.pragma('foreign_keys = ON');
    return database;
  } catch (error) {
    database.close();
    throw error;
  }
}

let memoryDatabases = 0;

/**
 * Opens (creating if needed) the SQLite store in `file`, or a private in-memory one for `':memory:'`. The
 * schema is not touched: call `migrate()`, as `openStore` does.
 */
export function openSqliteStore(file: string, options: StoreOptions = {}): Store {
  const path = file === MEMORY ? MEMORY : resolve(file);
  let database: Database;
  try {
    database = openDatabase(path);
  } catch (error) {
    const mapped = mapSqliteError(error);
    if (mapped !== undefined) throw mapped;
    throw new AppError('store_unavailable', `Cannot open the SQLite database at ${path}`, {
      cause: error,
      details: { path },
    });
  }
  const lockKey = path === MEMORY ? `${MEMORY}${++memoryDatabases}` : realpathSync(path);
  const db = new Kysely<Tables>({
    dialect: new HearbackSqliteDialect({ database: withStatementCache(database) }, lockKey),
  });
  return new KyselyStore({ kind: 'sqlite', db, mapError: mapSqliteError }, options);
}
