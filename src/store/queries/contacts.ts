import type { Kysely } from 'kysely';
import type { Contact } from '../../core/model';
import type { ByApplication } from '../../ports/store';
import { AppError } from '../../core/app-error';
import type { Database } from '../schema';
import { contactRow, toContact } from '../rows';

export async function insertContact(db: Kysely<Database>, userId: string, contact: Contact): Promise<void> {
  await db.insertInto('contacts').values(contactRow(userId, contact)).execute();
}

export async function updateContact(db: Kysely<Database>, userId: string, contact: Contact): Promise<void> {
  const { user_id: _userId, id: _id, ...columns } = contactRow(userId, contact);
  const result = await db
    .updateTable('contacts')
    .set(columns)
    .where('user_id', '=', userId)
    .where('id', '=', contact.id)
    .executeTakeFirst();
  if (result.numUpdatedRows === 0n) {
    throw new AppError('not_found', `No contact ${contact.id}`, { details: { id: contact.id } });
  }
}

/** Contacts in the order they were created. */
export async function listContacts(
  db: Kysely<Database>,
  userId: string,
  filter: ByApplication = {},
): Promise<Contact[]> {
  let query = db.selectFrom('contacts').selectAll().where('user_id', '=', userId);
  if (filter.applicationId !== undefined) query = query.where('application_id', '=', filter.applicationId);
  const rows = await query.orderBy('created_ms').orderBy('id').execute();
  return rows.map(toContact);
}
