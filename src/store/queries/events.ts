import type { Kysely } from 'kysely';
import type { AppEvent } from '../../core/model';
import type { ByApplication } from '../../ports/store';
import type { Database } from '../schema';
import { eventRow, toEvent } from '../rows';

export async function insertEvent(db: Kysely<Database>, userId: string, event: AppEvent): Promise<void> {
  await db.insertInto('events').values(eventRow(userId, event)).execute();
}

export async function getEvent(db: Kysely<Database>, userId: string, id: string): Promise<AppEvent | null> {
  const row = await db
    .selectFrom('events')
    .selectAll()
    .where('user_id', '=', userId)
    .where('id', '=', id)
    .executeTakeFirst();
  return row === undefined ? null : toEvent(row);
}

export async function deleteEvent(db: Kysely<Database>, userId: string, id: string): Promise<void> {
  await db.deleteFrom('events').where('user_id', '=', userId).where('id', '=', id).execute();
}

/** Events by the instant they happened, then by when they were recorded, then by id so ties are stable. */
export async function listEvents(
  db: Kysely<Database>,
  userId: string,
  filter: ByApplication = {},
): Promise<AppEvent[]> {
  let query = db.selectFrom('events').selectAll().where('user_id', '=', userId);
  if (filter.applicationId !== undefined) query = query.where('application_id', '=', filter.applicationId);
  const rows = await query.orderBy('at_ms').orderBy('created_ms').orderBy('id').execute();
  return rows.map(toEvent);
}
