import type { Kysely } from 'kysely';
import type { InboxFolderState, MailRecord, MailRecordStatus, MboxImportProgress } from '../../ports/mail-records';
import { mailRecordRow, mboxImportRow, toMailRecord, toMboxImport } from '../mail-rows';
import type { Database } from '../schema';
import { chunks } from './bulk-writes';

/** The inbox watcher's folder cursors, the records of every message read, and mbox import progress. */

export async function getInboxFolder(db: Kysely<Database>, userId: string, folder: string): Promise<InboxFolderState | null> {
  const row = await db
    .selectFrom('inbox_folders')
    .selectAll()
    .where('user_id', '=', userId)
    .where('folder', '=', folder)
    .executeTakeFirst();
  return row ? { folder: row.folder, uidValidity: row.uid_validity, lastUid: Number(row.last_uid), updatedAt: row.updated_at } : null;
}

export async function putInboxFolder(db: Kysely<Database>, userId: string, state: InboxFolderState): Promise<void> {
  const values = { uid_validity: state.uidValidity, last_uid: state.lastUid, updated_at: state.updatedAt };
  await db
    .insertInto('inbox_folders')
    .values({ user_id: userId, folder: state.folder, ...values })
    .onConflict((conflict) => conflict.columns(['user_id', 'folder']).doUpdateSet(values))
    .execute();
}

export async function insertMailRecords(db: Kysely<Database>, userId: string, records: readonly MailRecord[]): Promise<MailRecord[]> {
  const inserted: MailRecord[] = [];
  // One statement per record: the insert must report, per Message-ID, whether it was new.
  for (const record of records) {
    const result = await db
      .insertInto('mail_records')
      .values(mailRecordRow(userId, record))
      .onConflict((conflict) => conflict.columns(['user_id', 'message_id']).doNothing())
      .executeTakeFirst();
    if (Number(result.numInsertedOrUpdatedRows ?? 0n) === 1) inserted.push(record);
  }
  return inserted;
}

export async function getMailRecord(db: Kysely<Database>, userId: string, id: string): Promise<MailRecord | null> {
  const row = await db.selectFrom('mail_records').selectAll().where('user_id', '=', userId).where('id', '=', id).executeTakeFirst();
  return row ? toMailRecord(row) : null;
}

export async function updateMailRecord(db: Kysely<Database>, userId: string, record: MailRecord): Promise<void> {
  const { user_id: _user, message_id: _messageId, id: _id, created_at: _created, created_ms: _createdMs, ...row } = mailRecordRow(userId, record);
  await db.updateTable('mail_records').set(row).where('user_id', '=', userId).where('id', '=', record.id).execute();
}

export async function listMailRecords(
  db: Kysely<Database>,
  userId: string,
  filter: { status?: MailRecordStatus; limit?: number } = {},
): Promise<MailRecord[]> {
  let query = db.selectFrom('mail_records').selectAll().where('user_id', '=', userId);
  if (filter.status !== undefined) query = query.where('status', '=', filter.status);
  query = query.orderBy('created_ms').orderBy('id');
  if (filter.limit !== undefined) query = query.limit(filter.limit);
  return (await query.execute()).map(toMailRecord);
}

export async function knownMessageIds(db: Kysely<Database>, userId: string, messageIds: readonly string[]): Promise<Set<string>> {
  const known = new Set<string>();
  for (const chunk of chunks([...new Set(messageIds)], 500)) {
    const rows = await db
      .selectFrom('mail_records')
      .select('message_id')
      .where('user_id', '=', userId)
      .where('message_id', 'in', chunk)
      .execute();
    for (const row of rows) known.add(row.message_id);
  }
  return known;
}

export async function getMboxImport(db: Kysely<Database>, userId: string, fileKey: string): Promise<MboxImportProgress | null> {
  const row = await db
    .selectFrom('mbox_imports')
    .selectAll()
    .where('user_id', '=', userId)
    .where('file_key', '=', fileKey)
    .executeTakeFirst();
  return row ? toMboxImport(row) : null;
}

export async function putMboxImport(db: Kysely<Database>, userId: string, progress: MboxImportProgress): Promise<void> {
  const { user_id: _user, file_key: _key, ...values } = mboxImportRow(userId, progress);
  await db
    .insertInto('mbox_imports')
    .values(mboxImportRow(userId, progress))
    .onConflict((conflict) => conflict.columns(['user_id', 'file_key']).doUpdateSet(values))
    .execute();
}
