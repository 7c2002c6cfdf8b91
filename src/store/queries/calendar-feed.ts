import type { Kysely } from 'kysely';
import type { CalendarSequence } from '../../ports/store';
import type { CalendarSequencesTable, Database } from '../schema';
import { chunks } from './bulk-writes';

export async function getCalendarToken(db: Kysely<Database>, userId: string): Promise<string | null> {
  const row = await db
    .selectFrom('calendar_feeds')
    .select('token')
    .where('user_id', '=', userId)
    .executeTakeFirst();
  return row?.token ?? null;
}

export async function putCalendarToken(
  db: Kysely<Database>,
  userId: string,
  token: string,
  tokenHash: string,
  createdAt: string,
): Promise<void> {
  await db
    .insertInto('calendar_feeds')
    .values({ user_id: userId, token, token_hash: tokenHash, created_at: createdAt })
    .onConflict((conflict) =>
      conflict.column('user_id').doUpdateSet({ token, token_hash: tokenHash, created_at: createdAt }),
    )
    .execute();
}

/** Across users by design: the feed URL carries only the token. */
export async function findUserByCalendarToken(
  db: Kysely<Database>,
  tokenHash: string,
): Promise<string | null> {
  const row = await db
    .selectFrom('calendar_feeds')
    .select('user_id')
    .where('token_hash', '=', tokenHash)
    .executeTakeFirst();
  return row?.user_id ?? null;
}

export async function listCalendarSequences(
  db: Kysely<Database>,
  userId: string,
): Promise<CalendarSequence[]> {
  const rows = await db
    .selectFrom('calendar_sequences')
    .selectAll()
    .where('user_id', '=', userId)
    .orderBy('action_id')
    .execute();
  return rows.map((r) => ({
    actionId: r.action_id,
    applicationId: r.application_id,
    dueStart: r.due_start,
    dueEnd: r.due_end,
    sequence: Number(r.sequence),
  }));
}

export async function putCalendarSequences(
  db: Kysely<Database>,
  userId: string,
  sequences: readonly CalendarSequence[],
): Promise<void> {
  const rows: CalendarSequencesTable[] = sequences.map((s) => ({
    user_id: userId,
    action_id: s.actionId,
    application_id: s.applicationId,
    due_start: s.dueStart,
    due_end: s.dueEnd,
    sequence: s.sequence,
  }));
  for (const chunk of chunks(rows)) {
    await db
      .insertInto('calendar_sequences')
      .values(chunk)
      .onConflict((conflict) =>
        conflict.columns(['user_id', 'action_id']).doUpdateSet((eb) => ({
          application_id: eb.ref('excluded.application_id'),
          due_start: eb.ref('excluded.due_start'),
          due_end: eb.ref('excluded.due_end'),
          sequence: eb.ref('excluded.sequence'),
        })),
      )
      .execute();
  }
}
