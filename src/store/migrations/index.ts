import type { Migration, MigrationProvider } from 'kysely';
import { initial } from './0001-initial';
import { actionExpiry } from './0002-action-expiry';
import { indexesByApplication } from './0003-indexes-by-application';
import { actionsByDueWithExpiry } from './0004-actions-by-due-with-expiry';
import { mail } from './0200-mail';
import { importKeys } from './0300-import-keys';
import { calendarFeed } from './0301-calendar-feed';

/**
 * Every migration. The list is static rather than a folder scan so that esbuild can bundle the store into
 * one file.
 *
 * To add a migration: write `NNNN-what-it-does.ts` beside this file exporting a `Migration` whose `up` uses
 * only `db.schema` and `sql` (so it runs on SQLite and PostgreSQL alike), then add `['NNNN-what-it-does',
 * migration]` here, in name order. Each feature numbers its migrations in its own range (core 0001–0099,
 * server 0100–0199, mail 0200–0299, import and calendar 0300–0399), so work developed in parallel never
 * collides; the migrator accepts a newcomer that sorts before one already applied. Never edit, rename or
 * remove a migration that has shipped; write a new one instead. The contract suite runs every migration on
 * both drivers.
 */
export const MIGRATIONS: ReadonlyArray<readonly [name: string, migration: Migration]> = [
  ['0001-initial', initial],
  ['0002-action-expiry', actionExpiry],
  ['0003-indexes-by-application', indexesByApplication],
  ['0004-actions-by-due-with-expiry', actionsByDueWithExpiry],
  ['0200-mail', mail],
  ['0300-import-keys', importKeys],
  ['0301-calendar-feed', calendarFeed],
];

export const migrationProvider: MigrationProvider = {
  getMigrations: () => Promise.resolve(Object.fromEntries(MIGRATIONS)),
};

/** The greatest migration name: a database that applied all of them, this one included, is up to date. */
export const LATEST_MIGRATION: string = MIGRATIONS.map(([name]) => name).sort().at(-1) ?? '';
