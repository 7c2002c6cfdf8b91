import type { Kysely } from 'kysely';
import type { ActionState } from '../../core/model';
import type { ByApplication } from '../../ports/store';
import type { Database } from '../schema';
import { epochMs } from '../instant';
import { actionStateRow, toActionState } from '../rows';

/** Upserts by (user, action id), so a state set before a replan applies to the same action after it. */
export async function putActionState(
  db: Kysely<Database>,
  userId: string,
  state: ActionState,
): Promise<void> {
  epochMs(state.at, 'at');
  if (state.status === 'snoozed') epochMs(state.until, 'until');
  const row = actionStateRow(userId, state);
  await db
    .insertInto('action_states')
    .values(row)
    .onConflict((conflict) =>
      conflict.columns(['user_id', 'action_id']).doUpdateSet({
        application_id: row.application_id,
        status: row.status,
        until: row.until,
        at: row.at,
      }),
    )
    .execute();
}

export async function deleteActionState(
  db: Kysely<Database>,
  userId: string,
  actionId: string,
): Promise<void> {
  await db
    .deleteFrom('action_states')
    .where('user_id', '=', userId)
    .where('action_id', '=', actionId)
    .execute();
}

/** States by action id: the port promises no order, and a fixed one keeps callers and tests deterministic. */
export async function listActionStates(
  db: Kysely<Database>,
  userId: string,
  filter: ByApplication = {},
): Promise<ActionState[]> {
  let query = db
    .selectFrom('action_states')
    .select(['action_id', 'application_id', 'status', 'until', 'at'])
    .where('user_id', '=', userId);
  if (filter.applicationId !== undefined) query = query.where('application_id', '=', filter.applicationId);
  const rows = await query.orderBy('action_id').execute();
  return rows.map(toActionState);
}
