import type { Kysely } from 'kysely';
import type { Contact } from '../../core/model';
import { AppError } from '../../core/app-error';
import type { Database } from '../schema';
import { toContact } from '../rows';

/** One contact by id, for editing a contact on its own (the HTTP API's contact routes). */
export async function getContact(db: Kysely<Database>, userId: string, id: string): Promise<Contact | null> {
  const row = await db.selectFrom('contacts').selectAll().where('user_id', '=', userId).where('id', '=', id).executeTakeFirst();
  return row === undefined ? null : toContact(row);
}

/**
 * Deletes one contact. Events and planned actions that named the contact keep its id in their data, which
 * the planner and drafting already treat as "someone no longer known".
 */
export async function deleteContact(db: Kysely<Database>, userId: string, id: string): Promise<void> {
  const result = await db.deleteFrom('contacts').where('user_id', '=', userId).where('id', '=', id).executeTakeFirst();
  if (result.numDeletedRows === 0n) {
    throw new AppError('not_found', `No contact ${id}`, { details: { id } });
  }
}
