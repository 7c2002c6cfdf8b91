import {
  CompiledQuery,
  SqliteAdapter,
  SqliteDialect,
  SqliteDriver,
  type DatabaseConnection,
  type DialectAdapter,
  type Driver,
  type SqliteDialectConfig,
} from 'kysely';
import { KeyedMutex } from './keyed-mutex';

/** Migrations of one database file, serialised across the Stores of this process. */
const migrationLocks = new KeyedMutex();

/**
 * Starts transactions with BEGIN IMMEDIATE, which takes the write lock up front and waits for it under
 * busy_timeout. A plain BEGIN takes it at the first write, and when another process (the CLI beside the
 * server) wrote in between, SQLite fails that upgrade at once with SQLITE_BUSY instead of waiting.
 */
class ImmediateTransactionDriver extends SqliteDriver {
  override async beginTransaction(connection: DatabaseConnection): Promise<void> {
    await connection.executeQuery(CompiledQuery.raw('begin immediate'));
  }
}

/**
 * Kysely's SQLite adapter has no migration lock and runs migrations outside a transaction. SQLite's DDL is
 * transactional, so this adapter asks for the transaction, whose BEGIN IMMEDIATE serialises processes, and
 * takes an in-process lock first: two Stores in one process share one thread, and better-sqlite3 would block
 * that thread in busy_timeout waiting for a lock only the same thread can release.
 */
class SerialMigrationAdapter extends SqliteAdapter {
  readonly #lockKey: string;
  #release: (() => void) | undefined;

  constructor(lockKey: string) {
    super();
    this.#lockKey = lockKey;
  }

  override get supportsTransactionalDdl(): boolean {
    return true;
  }

  override async acquireMigrationLock(): Promise<void> {
    this.#release = await migrationLocks.acquire(this.#lockKey);
  }

  override async releaseMigrationLock(): Promise<void> {
    const release = this.#release;
    this.#release = undefined;
    release?.();
  }
}

/** Kysely's SqliteDialect with the two changes above; `lockKey` names the database file. */
export class HearbackSqliteDialect extends SqliteDialect {
  readonly #config: SqliteDialectConfig;
  readonly #lockKey: string;

  constructor(config: SqliteDialectConfig, lockKey: string) {
    super(config);
    this.#config = config;
    this.#lockKey = lockKey;
  }

  override createDriver(): Driver {
    return new ImmediateTransactionDriver(this.#config);
  }

  override createAdapter(): DialectAdapter {
    return new SerialMigrationAdapter(this.#lockKey);
  }
}
