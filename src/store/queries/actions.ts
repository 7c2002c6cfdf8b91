import type { Expression, ExpressionBuilder, Kysely, SqlBool } from 'kysely';
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

/** The filters of an action query as one condition on `actions as a`, for the list and the count alike. */
function filters(query: ActionQuery) {
  return (eb: ExpressionBuilder<{ a: ActionsTable }, 'a'>): Expression<SqlBool> => {
    const all: Expression<SqlBool>[] = [];
    if (query.applicationId !== undefined) all.push(eb('a.application_id', '=', query.applicationId));
    if (query.dueStartBefore !== undefined) all.push(eb('a.due_start_ms', '<', epochMs(query.dueStartBefore, 'dueStartBefore')));
    if (query.dueStartFrom !== undefined) all.push(eb('a.due_start_ms', '>=', epochMs(query.dueStartFrom, 'dueStartFrom')));
    if (query.liveAt !== undefined) {
      const at = epochMs(query.liveAt, 'liveAt');
      all.push(eb.or([eb('a.expires_ms', 'is', null), eb('a.expires_ms', '>', at)]));
    }
    return eb.and(all);
  };
}

function baseSelect(db: Kysely<Database>, userId: string) {
  return selectStoredActions(db, userId)
    .innerJoin('applications as p', (join) => join.onRef('p.user_id', '=', 'a.user_id').onRef('p.id', '=', 'a.application_id'))
    .select(['p.company', 'p.role']);
}

/**
 * Actions by the instant their due window opens (instants, not offsets compared as text), or by relevance.
 * The application's label comes from the same query: `today` needs company and role for every item it
 * shows, and reading whole applications (posting texts included) for them was most of its start-up time.
 */
export async function listActions(db: Kysely<Database>, userId: string, query: ActionQuery = {}): Promise<StoredAction[]> {
  const limit = query.limit;
  let rows;
  if (query.order === 'relevance') {
    // Two index walks instead of one sort of the whole backlog: the actions that expire, soonest first,
    // then the rest, most recently opened first. Each reads only as many rows as the limit. The live test is
    // written out for each half ("expires after now", "never expires") rather than as the general "null or
    // after now", which SQLite cannot walk an index by: it then read and sorted every due action.
    const { liveAt, ...rest } = query;
    const expiringAfter = liveAt === undefined ? null : epochMs(liveAt, 'liveAt');
    let expiring = baseSelect(db, userId)
      .where(filters(rest))
      .where('a.expires_ms', expiringAfter === null ? 'is not' : '>', expiringAfter)
      .orderBy('a.expires_ms')
      .orderBy('a.id');
    if (limit !== undefined) expiring = expiring.limit(limit);
    const first = await expiring.execute();
    let lasting = baseSelect(db, userId).where(filters(rest)).where('a.expires_ms', 'is', null).orderBy('a.due_start_ms', 'desc').orderBy('a.id');
    if (limit !== undefined) lasting = lasting.limit(Math.max(0, limit - first.length));
    rows = limit !== undefined && first.length >= limit ? first : [...first, ...(await lasting.execute())];
  } else {
    let select = baseSelect(db, userId).where(filters(query)).orderBy('a.due_start_ms').orderBy('a.id');
    if (limit !== undefined) select = select.limit(limit);
    rows = await select.execute();
  }
  return rows.map((row) => {
    const stored = toStoredAction(row);
    return query.withApplication ? { ...stored, application: { id: stored.action.applicationId, company: row.company, role: row.role } } : stored;
  });
}

/** How many actions match. Every action belongs to an application (a foreign key), so no join is needed. */
export async function countActions(db: Kysely<Database>, userId: string, query: ActionQuery = {}): Promise<number> {
  const select = db.selectFrom('actions as a').where('a.user_id', '=', userId).where(filters(query));
  const row = await select.select((eb) => eb.fn.countAll<number | string | bigint>().as('n')).executeTakeFirstOrThrow();
  return Number(row.n);
}

export async function getAction(
  db: Kysely<Database>,
  userId: string,
  id: string,
): Promise<StoredAction | null> {
  const row = await selectStoredActions(db, userId).where('a.id', '=', id).executeTakeFirst();
  return row === undefined ? null : toStoredAction(row);
}
