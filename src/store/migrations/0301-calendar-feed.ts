import type { Kysely, Migration } from 'kysely';

/**
 * The calendar feed: one secret token per user, and per action the due window and SEQUENCE it was last
 * published under, so the sequence grows exactly when an action moves.
 *
 * The token is kept so that the app can show the subscription URL again; lookups go through a SHA-256 hash
 * of it, which is unique across users: the feed URL carries no user id, so the token alone names the user.
 * That index is the one that does not start with `user_id`, by design. Sequences reference the
 * application, not the action (plans are replaced whole), and go when the application goes.
 */
async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('calendar_feeds')
    .addColumn('user_id', 'text', (c) => c.primaryKey().references('users.user_id').onDelete('cascade'))
    .addColumn('token', 'text', (c) => c.notNull())
    .addColumn('token_hash', 'text', (c) => c.notNull().unique())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('calendar_sequences')
    .addColumn('user_id', 'text', (c) => c.notNull())
    .addColumn('action_id', 'text', (c) => c.notNull())
    .addColumn('application_id', 'text', (c) => c.notNull())
    .addColumn('due_start', 'text', (c) => c.notNull())
    .addColumn('due_end', 'text', (c) => c.notNull())
    .addColumn('sequence', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('calendar_sequences_pk', ['user_id', 'action_id'])
    .addForeignKeyConstraint(
      'calendar_sequences_application_fk',
      ['user_id', 'application_id'],
      'applications',
      ['user_id', 'id'],
      (fk) => fk.onDelete('cascade'),
    )
    .execute();
  await db.schema
    .createIndex('calendar_sequences_by_application')
    .on('calendar_sequences')
    .columns(['user_id', 'application_id'])
    .execute();
}

async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('calendar_sequences').execute();
  await db.schema.dropTable('calendar_feeds').execute();
}

export const calendarFeed: Migration = { up, down };
