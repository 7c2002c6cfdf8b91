import type { Kysely } from 'kysely';
import type { OutboxClaim, OutboxGuard, OutboxItem, OutboxPatch, OutboxState } from '../../ports/mail-records';
import { epochMs } from '../instant';
import { outboxPatchRow, outboxRow, toOutboxItem } from '../mail-rows';
import type { Database } from '../schema';

/**
 * The outbox. Every state change a worker makes is a conditional UPDATE whose affected-row count says
 * whether it won, which holds on SQLite and PostgreSQL alike and lets several workers share one outbox.
 */

export async function queueOutbox(
  db: Kysely<Database>,
  userId: string,
  item: OutboxItem,
): Promise<{ item: OutboxItem; created: boolean }> {
  const result = await db
    .insertInto('outbox')
    .values(outboxRow(userId, item))
    .onConflict((conflict) => conflict.columns(['user_id', 'action_id']).doNothing())
    .executeTakeFirst();
  const created = Number(result.numInsertedOrUpdatedRows ?? 0n) === 1;
  const stored = await getOutboxItem(db, userId, item.actionId);
  return { item: stored ?? item, created };
}

export async function getOutboxItem(db: Kysely<Database>, userId: string, actionId: string): Promise<OutboxItem | null> {
  const row = await db
    .selectFrom('outbox')
    .selectAll()
    .where('user_id', '=', userId)
    .where('action_id', '=', actionId)
    .executeTakeFirst();
  return row ? toOutboxItem(row) : null;
}

export async function listOutbox(
  db: Kysely<Database>,
  userId: string,
  filter: { states?: readonly OutboxState[]; applicationId?: string } = {},
): Promise<OutboxItem[]> {
  let query = db.selectFrom('outbox').selectAll().where('user_id', '=', userId);
  if (filter.states) {
    if (filter.states.length === 0) return [];
    query = query.where('state', 'in', [...filter.states]);
  }
  if (filter.applicationId !== undefined) query = query.where('application_id', '=', filter.applicationId);
  const rows = await query.orderBy('send_at_ms').orderBy('approved_at').orderBy('action_id').execute();
  return rows.map(toOutboxItem);
}

export async function listOutboxDue(db: Kysely<Database>, userId: string, now: string, limit: number): Promise<OutboxItem[]> {
  const nowMs = epochMs(now, 'now');
  const rows = await db
    .selectFrom('outbox')
    .selectAll()
    .where('user_id', '=', userId)
    .where((eb) =>
      eb.or([
        eb.and([eb('state', '=', 'queued'), eb('send_at_ms', '<=', nowMs)]),
        eb.and([eb('state', '=', 'sending'), eb('lease_until_ms', '<', nowMs)]),
      ]),
    )
    .orderBy('send_at_ms')
    .orderBy('action_id')
    .limit(limit)
    .execute();
  return rows.map(toOutboxItem);
}

export async function claimOutbox(
  db: Kysely<Database>,
  userId: string,
  actionId: string,
  claim: OutboxClaim,
  from: 'queued' | 'expired',
): Promise<boolean> {
  const nowMs = epochMs(claim.now, 'now');
  const lease = {
    lease_owner: claim.owner,
    lease_until: claim.leaseUntil,
    lease_until_ms: epochMs(claim.leaseUntil, 'leaseUntil'),
    updated_at: claim.now,
  };
  let query = db.updateTable('outbox').where('user_id', '=', userId).where('action_id', '=', actionId);
  query =
    from === 'queued'
      ? query.set({ ...lease, state: 'sending', phase: 'claimed' }).where('state', '=', 'queued').where('send_at_ms', '<=', nowMs)
      : query.set(lease).where('state', '=', 'sending').where('lease_until_ms', '<', nowMs);
  const result = await query.executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export async function updateOutbox(
  db: Kysely<Database>,
  userId: string,
  actionId: string,
  patch: OutboxPatch,
  guard: OutboxGuard,
): Promise<boolean> {
  let query = db.updateTable('outbox').set(outboxPatchRow(patch)).where('user_id', '=', userId).where('action_id', '=', actionId);
  if ('owner' in guard) query = query.where('lease_owner', '=', guard.owner).where('state', '=', 'sending');
  else if (guard.states.length === 0) return false;
  else query = query.where('state', 'in', [...guard.states]);
  const result = await query.executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export async function listOutboxActivity(db: Kysely<Database>, userId: string, since: string): Promise<OutboxItem[]> {
  const sinceMs = epochMs(since, 'since');
  const rows = await db
    .selectFrom('outbox')
    .selectAll()
    .where('user_id', '=', userId)
    .where((eb) => eb.or([eb('state', '=', 'sending'), eb.and([eb('state', '=', 'sent'), eb('sent_ms', '>=', sinceMs)])]))
    .orderBy('send_at_ms')
    .execute();
  return rows.map(toOutboxItem);
}

/** Across users by design: a server's worker asks which users have mail to send. */
export async function listUsersWithDueMail(db: Kysely<Database>, now: string): Promise<string[]> {
  const nowMs = epochMs(now, 'now');
  const rows = await db
    .selectFrom('outbox')
    .select('user_id')
    .distinct()
    .where((eb) =>
      eb.or([
        eb.and([eb('state', '=', 'queued'), eb('send_at_ms', '<=', nowMs)]),
        eb.and([eb('state', '=', 'sending'), eb('lease_until_ms', '<', nowMs)]),
      ]),
    )
    .orderBy('user_id')
    .execute();
  return rows.map((r) => r.user_id);
}
