import type { Kysely } from 'kysely';
import type { AppEvent, Contact } from '../../core/model';
import type { Database } from '../schema';
import { toContact, toEvent } from '../rows';

/** Ids per statement: well under SQLite's and PostgreSQL's limits on bound parameters. */
const CHUNK = 500;

function chunks(ids: readonly string[]): string[][] {
  const unique = [...new Set(ids)];
  const out: string[][] = [];
  for (let i = 0; i < unique.length; i += CHUNK) out.push(unique.slice(i, i + CHUNK));
  return out;
}

const byTime = (a: { at_ms: number; created_ms: number; id: string }, b: { at_ms: number; created_ms: number; id: string }) =>
  a.at_ms - b.at_ms || a.created_ms - b.created_ms || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/**
 * The events of several applications in one statement per 500 ids, ordered like `listEvents`. The rows are
 * sorted here rather than in SQL: with an ORDER BY on `at_ms`, SQLite without statistics prefers the
 * `(user_id, at_ms)` index and scans every event of the user, where `(user_id, application_id)` reads only
 * the ones asked for.
 */
export async function listEventsOf(db: Kysely<Database>, userId: string, applicationIds: readonly string[]): Promise<AppEvent[]> {
  const rows = [];
  for (const ids of chunks(applicationIds)) {
    rows.push(...(await db.selectFrom('events').selectAll().where('user_id', '=', userId).where('application_id', 'in', ids).execute()));
  }
  return rows.sort(byTime).map(toEvent);
}

/** The contacts of several applications, in the order they were created, like `listContacts`. */
export async function listContactsOf(db: Kysely<Database>, userId: string, applicationIds: readonly string[]): Promise<Contact[]> {
  const rows = [];
  for (const ids of chunks(applicationIds)) {
    rows.push(...(await db.selectFrom('contacts').selectAll().where('user_id', '=', userId).where('application_id', 'in', ids).execute()));
  }
  return rows.sort((a, b) => a.created_ms - b.created_ms || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)).map(toContact);
}
