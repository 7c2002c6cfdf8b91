import type { Kysely, Migration } from 'kysely';

/**
 * Mail: the account (its password sealed by the SecretBox, never in clear), the outbox, how far the inbox
 * watcher has read each IMAP folder, every message read (the review queue and the Message-ID dedupe of
 * both the watcher and mbox imports), and the progress of mbox imports.
 *
 * The outbox is keyed by (user_id, action_id): one row per action is the dedupe key that makes approving
 * twice queue one message. Its Message-ID is unique per user too. `outbox_due` is the one index that does
 * not start with user_id, by design: a server's sender worker looks for due rows across users.
 * Mail records keep the application id without a foreign key: a message read stays read even when its
 * application is deleted, so importing the same mbox again creates nothing.
 */
async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('mail_accounts')
    .addColumn('user_id', 'text', (c) => c.primaryKey().references('users.user_id').onDelete('cascade'))
    .addColumn('body', 'text', (c) => c.notNull())
    .addColumn('sealed_password', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('outbox')
    .addColumn('user_id', 'text', (c) => c.notNull())
    .addColumn('action_id', 'text', (c) => c.notNull())
    .addColumn('application_id', 'text', (c) => c.notNull())
    .addColumn('message_id', 'text', (c) => c.notNull())
    .addColumn('state', 'text', (c) => c.notNull())
    .addColumn('phase', 'text')
    .addColumn('action', 'text', (c) => c.notNull())
    .addColumn('mail', 'text', (c) => c.notNull())
    .addColumn('company_key', 'text', (c) => c.notNull())
    .addColumn('approved_at', 'text', (c) => c.notNull())
    .addColumn('send_at', 'text', (c) => c.notNull())
    .addColumn('send_at_ms', 'bigint', (c) => c.notNull())
    .addColumn('attempts', 'integer', (c) => c.notNull())
    .addColumn('lease_owner', 'text')
    .addColumn('lease_until', 'text')
    .addColumn('lease_until_ms', 'bigint')
    .addColumn('sent_at', 'text')
    .addColumn('sent_ms', 'bigint')
    .addColumn('smtp_response', 'text')
    .addColumn('reason', 'text')
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('outbox_pk', ['user_id', 'action_id'])
    .addForeignKeyConstraint('outbox_application_fk', ['user_id', 'application_id'], 'applications', ['user_id', 'id'], (fk) =>
      fk.onDelete('cascade'),
    )
    .execute();
  await db.schema.createIndex('outbox_message_id').unique().on('outbox').columns(['user_id', 'message_id']).execute();
  await db.schema.createIndex('outbox_by_state').on('outbox').columns(['user_id', 'state', 'send_at_ms']).execute();
  await db.schema.createIndex('outbox_by_application').on('outbox').columns(['user_id', 'application_id']).execute();
  await db.schema.createIndex('outbox_due').on('outbox').columns(['state', 'send_at_ms']).execute();

  await db.schema
    .createTable('inbox_folders')
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.user_id').onDelete('cascade'))
    .addColumn('folder', 'text', (c) => c.notNull())
    .addColumn('uid_validity', 'text', (c) => c.notNull())
    .addColumn('last_uid', 'bigint', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('inbox_folders_pk', ['user_id', 'folder'])
    .execute();

  await db.schema
    .createTable('mail_records')
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.user_id').onDelete('cascade'))
    .addColumn('message_id', 'text', (c) => c.notNull())
    .addColumn('id', 'text', (c) => c.notNull())
    .addColumn('source', 'text', (c) => c.notNull())
    .addColumn('received_at', 'text')
    .addColumn('from_address', 'text')
    .addColumn('subject', 'text', (c) => c.notNull())
    .addColumn('verdict', 'text', (c) => c.notNull())
    .addColumn('link', 'text')
    .addColumn('suggestion', 'text')
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('event_id', 'text')
    .addColumn('application_id', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('created_ms', 'bigint', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('mail_records_pk', ['user_id', 'message_id'])
    .execute();
  await db.schema.createIndex('mail_records_id').unique().on('mail_records').columns(['user_id', 'id']).execute();
  await db.schema.createIndex('mail_records_by_status').on('mail_records').columns(['user_id', 'status', 'created_ms']).execute();

  await db.schema
    .createTable('mbox_imports')
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.user_id').onDelete('cascade'))
    .addColumn('file_key', 'text', (c) => c.notNull())
    .addColumn('path', 'text', (c) => c.notNull())
    .addColumn('size', 'bigint', (c) => c.notNull())
    .addColumn('next_offset', 'bigint', (c) => c.notNull())
    .addColumn('messages', 'bigint', (c) => c.notNull())
    .addColumn('created', 'text', (c) => c.notNull())
    .addColumn('finished', 'integer', (c) => c.notNull())
    .addColumn('started_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('mbox_imports_pk', ['user_id', 'file_key'])
    .execute();
}

async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of ['mbox_imports', 'mail_records', 'inbox_folders', 'outbox', 'mail_accounts']) {
    await db.schema.dropTable(table).execute();
  }
}

export const mail: Migration = { up, down };
