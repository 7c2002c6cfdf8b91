import type { Kysely } from 'kysely';
import type { PlanOf } from '../../ports/store';
import type { ActionsTable, ApplicationsTable, ContactsTable, Database, EventsTable } from '../schema';

/**
 * Rows per insert statement. The widest table (applications, 20 columns) then binds 4,000 parameters, well
 * under SQLite's 32,766 and PostgreSQL's 65,535; larger statements stop paying off well before that.
 */
export const ROWS_PER_STATEMENT = 200;

/** Splits rows into statement-sized chunks. */
export function chunks<T>(rows: readonly T[], size = ROWS_PER_STATEMENT): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < rows.length; i += size) out.push(rows.slice(i, i + size));
  return out;
}

/**
 * Multi-row inserts for imports and restores. A 50,000-row import writes each table in a few hundred
 * statements instead of one per row, which is most of its speed. The caller holds the transaction.
 */
export async function insertApplicationRows(
  db: Kysely<Database>,
  rows: readonly ApplicationsTable[],
): Promise<void> {
  for (const chunk of chunks(rows)) await db.insertInto('applications').values(chunk).execute();
}

export async function insertContactRows(db: Kysely<Database>, rows: readonly ContactsTable[]): Promise<void> {
  for (const chunk of chunks(rows)) await db.insertInto('contacts').values(chunk).execute();
}

export async function insertEventRows(db: Kysely<Database>, rows: readonly EventsTable[]): Promise<void> {
  for (const chunk of chunks(rows)) await db.insertInto('events').values(chunk).execute();
}

/** Deletes the plans of the named applications and inserts the new ones; action states are left alone. */
export async function replacePlans(
  db: Kysely<Database>,
  userId: string,
  plans: readonly PlanOf[],
  rows: readonly ActionsTable[],
): Promise<void> {
  for (const chunk of chunks(
    plans.map((p) => p.applicationId),
    500,
  )) {
    await db
      .deleteFrom('actions')
      .where('user_id', '=', userId)
      .where('application_id', 'in', chunk)
      .execute();
  }
  for (const chunk of chunks(rows)) await db.insertInto('actions').values(chunk).execute();
}
