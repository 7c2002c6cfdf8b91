import type { Kysely } from 'kysely';
import type { ActionQuery, StoredAction } from '../../ports/store';
import type { ActionsTable, Database } from '../schema';
import { epochMs } from '../instant';
import { toAction, toActionState } from '../rows';

/** Rows per insert statement: well under the bound-parameter limits of both SQLite and PostgreSQL. */
const ROWS_PER_INSERT = 200;

/**
 * Replaces one application's plan. The caller runs this inside a transaction, so readers see the old plan or
 * the new one, never a half-written one. Action states live in their own table and are left alone.
 */
export async function replaceActions(
  db: Kysely<Database>,
  userId: string,
  applicationId: string,
  rows: readonly ActionsTable[],
): Promise<void> {
  await db
    .deleteFrom('actions')
    .where('user_id', '=', userId)
    .where('application_id', '=', applicationId)
    .execute();
  for (let i = 0; i < rows.length; i += ROWS_PER_INSERT) {
    await db
      .insertInto('actions')
      .values(rows.slice(i, i + ROWS_PER_INSERT))
      .execute();
  }
}

function selectStoredActions(db: Kysely<Database>, userId: string) {
  return db
    .selectFrom('actions as a')
    .leftJoin('action_states as s', (join) =>
      join.onRef('s.user_id', '=', 'a.user_id').onRef('s.action_id', '=', 'a.id'),
    )
    .select(['a.body', 's.action_id', 's.application_id', 's.status', 's.until', 's.at'])
    .where('a.user_id', '=', userId);
}

type StoredActionRow = Awaited<ReturnType<ReturnType<typeof selectStoredActions>['executeTakeFirstOrThrow']>>;

function toStoredAction(row: StoredActionRow): StoredAction {
  const { body, action_id, application_id, status, until, at } = row;
  const state =
    action_id === null || application_id === null || status === null || at === null
      ? null
      : toActionState({ action_id, application_id, status, until, at });
  return { action: toAction(body), state };
}

/** Actions by the instant their due window opens; `dueStartBefore` compares instants, not offsets as text. */
export async function listActions(
  db: Kysely<Database>,
  userId: string,
  query: ActionQuery = {},
): Promise<StoredAction[]> {
  let select = selectStoredActions(db, userId);
  if (query.applicationId !== undefined) select = select.where('a.application_id', '=', query.applicationId);
  if (query.dueStartBefore !== undefined) {
    select = select.where('a.due_start_ms', '<', epochMs(query.dueStartBefore, 'dueStartBefore'));
  }
  const rows = await select.orderBy('a.due_start_ms').orderBy('a.id').execute();
  return rows.map(toStoredAction);
}

export async function getAction(
  db: Kysely<Database>,
  userId: string,
  id: string,
): Promise<StoredAction | null> {
  const row = await selectStoredActions(db, userId).where('a.id', '=', id).executeTakeFirst();
  return row === undefined ? null : toStoredAction(row);
}
