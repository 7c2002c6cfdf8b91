import type { Migration, MigrationProvider } from 'kysely';
import { initial } from './0001-initial';

/**
 * Every migration, oldest first. The list is static rather than a folder scan so that esbuild can bundle the
 * store into one file.
 *
 * To add a migration: write `NNNN-what-it-does.ts` beside this file exporting a `Migration` whose `up` uses
 * only `db.schema` and `sql` (so it runs on SQLite and PostgreSQL alike), then append `['NNNN-what-it-does',
 * migration]` here. Names must sort after every earlier name, because Kysely applies them in name order and
 * refuses to run when an applied name is missing. Never edit, rename or reorder a migration that has shipped;
 * write a new one instead. The contract suite runs every migration on both drivers.
 */
export const MIGRATIONS: ReadonlyArray<readonly [name: string, migration: Migration]> = [
  ['0001-initial', initial],
];

export const migrationProvider: MigrationProvider = {
  getMigrations: () => Promise.resolve(Object.fromEntries(MIGRATIONS)),
};

/** The name of the newest migration: a database whose newest applied migration is this one is up to date. */
export const LATEST_MIGRATION: string = MIGRATIONS.at(-1)?.[0] ?? '';
