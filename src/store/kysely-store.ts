import type { Clock } from '../ports/clock';
import type { Store, User, UserStore } from '../ports/store';
import { invalid } from '../core/app-error';
import { storeError, type StoreDriver } from './store-driver';
import { KyselyUserStore } from './kysely-user-store';
import { migrateToLatest } from './migrate';
import { TransactionGuard } from './transaction-guard';
import { findUserByCalendarToken } from './queries/calendar-feed';
import { listUsersWithDueMail } from './queries/outbox';

export interface StoreOptions {
  /** The time stamped on new users; the system clock unless a test or `--now` pins it. */
  clock?: Clock;
}

const systemClock: Clock = { now: () => new Date() };

/** The Store over either driver: the driver supplies the connection and the error mapping, nothing else. */
export class KyselyStore implements Store {
  readonly #driver: StoreDriver;
  readonly #clock: Clock;
  readonly #guard = new TransactionGuard();
  #closing: Promise<void> | undefined;

  constructor(driver: StoreDriver, options: StoreOptions = {}) {
    this.#driver = driver;
    this.#clock = options.clock ?? systemClock;
  }

  get kind(): 'sqlite' | 'postgres' {
    return this.#driver.kind;
  }

  async #run<T>(work: () => Promise<T>): Promise<T> {
    this.#guard.assertOutside();
    try {
      return await work();
    } catch (error) {
      throw storeError(this.#driver, error);
    }
  }

  migrate(): Promise<void> {
    return this.#run(() => migrateToLatest(this.#driver.db));
  }

  /** Creates the user if missing; a name or email given (even null) replaces the stored one. */
  ensureUser(user: { id: string; name?: string | null; email?: string | null }): Promise<void> {
    if (user.id === '') return Promise.reject(invalid('id', 'is empty'));
    const now = this.#clock.now();
    const changes = {
      ...(user.name === undefined ? {} : { name: user.name }),
      ...(user.email === undefined ? {} : { email: user.email }),
    };
    return this.#run(async () => {
      await this.#driver.db
        .insertInto('users')
        .values({
          user_id: user.id,
          name: user.name ?? null,
          email: user.email ?? null,
          created_at: now.toISOString(),
          created_ms: now.getTime(),
        })
        .onConflict((conflict) =>
          Object.keys(changes).length === 0
            ? conflict.column('user_id').doNothing()
            : conflict.column('user_id').doUpdateSet(changes),
        )
        .execute();
    });
  }

  /** Users in the order they were created. */
  listUsers(): Promise<User[]> {
    return this.#run(async () => {
      const rows = await this.#driver.db
        .selectFrom('users')
        .select(['user_id', 'name', 'email', 'created_at'])
        .orderBy('created_ms')
        .orderBy('user_id')
        .execute();
      return rows.map((row) => ({
        id: row.user_id,
        name: row.name,
        email: row.email,
        createdAt: row.created_at,
      }));
    });
  }

  forUser(userId: string): UserStore {
    if (userId === '') throw invalid('userId', 'is empty');
    return new KyselyUserStore(this.#driver, this.#guard, userId);
  }

  findUserByCalendarToken(tokenHash: string): Promise<string | null> {
    return this.#run(() => findUserByCalendarToken(this.#driver.db, tokenHash));
  }

  listUsersWithDueMail(now: string): Promise<string[]> {
    return this.#run(() => listUsersWithDueMail(this.#driver.db, now));
  }

  /** Closes the connections; calling it again is harmless. */
  close(): Promise<void> {
    this.#closing ??= this.#driver.db.destroy();
    return this.#closing;
  }
}
