import { Migrator, type Kysely } from 'kysely';
import { AppError } from '../core/app-error';
import type { Database } from './schema';
import { LATEST_MIGRATION, MIGRATIONS, migrationProvider } from './migrations';

/** Kysely's own bookkeeping table, read directly for the fast up-to-date check. */
type MigrationTables = {
  kysely_migration: { name: string; timestamp: string };
};

type Applied = { kind: 'current' } | { kind: 'behind' } | { kind: 'ahead'; newest: string };

/**
 * One query: how the applied migrations compare with the ones this build knows. Any failure (a fresh
 * database has no bookkeeping table yet) counts as behind, and the migrator then does the full work and
 * reports whatever is really wrong.
 */
async function applied(db: Kysely<Database>): Promise<Applied> {
  try {
    const row = await db
      .withTables<MigrationTables>()
      .selectFrom('kysely_migration')
      .select((eb) => [eb.fn.countAll<number>().as('count'), eb.fn.max('name').as('newest')])
      .executeTakeFirstOrThrow();
    const newest = row.newest as string | null;
    if (newest !== null && newest > LATEST_MIGRATION) return { kind: 'ahead', newest };
    return Number(row.count) === MIGRATIONS.length && newest === LATEST_MIGRATION
      ? { kind: 'current' }
      : { kind: 'behind' };
  } catch {
    return { kind: 'behind' };
  }
}

/**
 * Brings the schema up to date. When it already is, which is every start but the first after an upgrade,
 * this costs one query. Otherwise Kysely's Migrator runs the missing migrations under the driver's migration
 * lock (an advisory lock on PostgreSQL, an immediate transaction on SQLite), so processes starting together
 * apply each migration once and the others wait, then find nothing left to do.
 */
export async function migrateToLatest(db: Kysely<Database>): Promise<void> {
  const state = await applied(db);
  if (state.kind === 'current') return;
  if (state.kind === 'ahead') {
    throw new AppError(
      'store_unavailable',
      `The database was migrated by a newer hearback (migration ${state.newest}); upgrade hearback to open it.`,
      { details: { newest: state.newest, known: LATEST_MIGRATION } },
    );
  }
  // Features add migrations in their own number ranges, developed in parallel; a database that already ran
  // a later-numbered one must still accept an earlier-numbered newcomer. Each runs once either way.
  const result = await new Migrator({ db, provider: migrationProvider, allowUnorderedMigrations: true }).migrateToLatest();
  if (result.error === undefined) return;
  const failed = result.results?.find((r) => r.status === 'Error')?.migrationName;
  // Without a failed migration the error came from reaching the database or taking the lock, which the
  // driver knows how to name; the caller maps it.
  if (failed === undefined) throw result.error;
  throw new AppError('internal', `Migration ${failed} failed`, {
    cause: result.error,
    details: { migration: failed },
  });
}
