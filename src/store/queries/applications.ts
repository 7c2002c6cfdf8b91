import type { Kysely } from 'kysely';
import type { Application } from '../../core/model';
import type { ApplicationFilter } from '../../ports/store';
import { AppError } from '../../core/app-error';
import type { Database } from '../schema';
import { applicationRow, toApplication } from '../rows';

/** Above this many ids, one scan of the user's applications beats a huge `in (...)` list. */
const MAX_IDS_IN_QUERY = 500;

export async function insertApplication(
  db: Kysely<Database>,
  userId: string,
  app: Application,
): Promise<void> {
  await db.insertInto('applications').values(applicationRow(userId, app)).execute();
}

export async function updateApplication(
  db: Kysely<Database>,
  userId: string,
  app: Application,
): Promise<void> {
  const { user_id: _userId, id: _id, ...columns } = applicationRow(userId, app);
  const result = await db
    .updateTable('applications')
    .set(columns)
    .where('user_id', '=', userId)
    .where('id', '=', app.id)
    .executeTakeFirst();
  if (result.numUpdatedRows === 0n) {
    throw new AppError('not_found', `No application ${app.id}`, { details: { id: app.id } });
  }
}

export async function getApplication(
  db: Kysely<Database>,
  userId: string,
  id: string,
): Promise<Application | null> {
  const row = await db
    .selectFrom('applications')
    .selectAll()
    .where('user_id', '=', userId)
    .where('id', '=', id)
    .executeTakeFirst();
  return row === undefined ? null : toApplication(row);
}

export async function listApplications(
  db: Kysely<Database>,
  userId: string,
  filter: ApplicationFilter = {},
): Promise<Application[]> {
  const { stage, ids } = filter;
  if (ids !== undefined && ids.length === 0) return [];
  const inQuery = ids !== undefined && ids.length <= MAX_IDS_IN_QUERY;
  let query = db.selectFrom('applications').selectAll().where('user_id', '=', userId);
  if (stage !== undefined) query = query.where('stage', '=', stage);
  if (inQuery) query = query.where('id', 'in', ids);
  const rows = await query.orderBy('created_ms').orderBy('id').execute();
  // A long id list is applied after the scan, which keeps the database's order intact.
  const wanted = ids === undefined || inQuery ? null : new Set(ids);
  return (wanted === null ? rows : rows.filter((row) => wanted.has(row.id))).map(toApplication);
}

export async function countApplications(db: Kysely<Database>, userId: string): Promise<number> {
  const row = await db
    .selectFrom('applications')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('user_id', '=', userId)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/** The foreign keys cascade to the application's contacts, events, actions and action states. */
export async function deleteApplication(db: Kysely<Database>, userId: string, id: string): Promise<void> {
  await db.deleteFrom('applications').where('user_id', '=', userId).where('id', '=', id).execute();
}
