import { sql, type Kysely, type Migration } from 'kysely';

/**
 * The first schema. Every owned row is keyed by (user_id, id), so two tenants may hold the same id (demo data
 * uses sequential ids) and a child can only point at an application of its own user: the foreign keys
 * include user_id. Children cascade from their application, and per-user rows cascade from the user.
 */
async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('users')
    .addColumn('user_id', 'text', (c) => c.primaryKey())
    .addColumn('name', 'text')
    .addColumn('email', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('created_ms', 'bigint', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('applications')
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.user_id').onDelete('cascade'))
    .addColumn('id', 'text', (c) => c.notNull())
    .addColumn('company', 'text', (c) => c.notNull())
    .addColumn('role', 'text', (c) => c.notNull())
    .addColumn('posting_url', 'text')
    .addColumn('posting_text', 'text')
    .addColumn('source', 'text')
    .addColumn('location', 'text')
    .addColumn('country', 'text')
    .addColumn('region', 'text')
    .addColumn('timezone', 'text')
    .addColumn('stage', 'text', (c) => c.notNull())
    .addColumn('playbook', 'text')
    .addColumn('policy', 'text', (c) => c.notNull())
    .addColumn('decision_by', 'text')
    .addColumn('deadline', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('created_ms', 'bigint', (c) => c.notNull())
    .addColumn('applied_at', 'text')
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('applications_pk', ['user_id', 'id'])
    .execute();
  await db.schema
    .createIndex('applications_by_created')
    .on('applications')
    .columns(['user_id', 'created_ms', 'id'])
    .execute();
  await db.schema
    .createIndex('applications_by_stage')
    .on('applications')
    .columns(['user_id', 'stage', 'created_ms'])
    .execute();

  await db.schema
    .createTable('contacts')
    .addColumn('user_id', 'text', (c) => c.notNull())
    .addColumn('id', 'text', (c) => c.notNull())
    .addColumn('application_id', 'text', (c) => c.notNull())
    .addColumn('name', 'text')
    .addColumn('role', 'text', (c) => c.notNull())
    .addColumn('email', 'text')
    .addColumn('phone', 'text')
    .addColumn('phone_is_direct', 'integer', (c) => c.notNull().check(sql`phone_is_direct in (0, 1)`))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('created_ms', 'bigint', (c) => c.notNull())
    .addPrimaryKeyConstraint('contacts_pk', ['user_id', 'id'])
    .addForeignKeyConstraint(
      'contacts_application_fk',
      ['user_id', 'application_id'],
      'applications',
      ['user_id', 'id'],
      (fk) => fk.onDelete('cascade'),
    )
    .execute();
  await db.schema
    .createIndex('contacts_by_application')
    .on('contacts')
    .columns(['user_id', 'application_id', 'created_ms'])
    .execute();

  await db.schema
    .createTable('events')
    .addColumn('user_id', 'text', (c) => c.notNull())
    .addColumn('id', 'text', (c) => c.notNull())
    .addColumn('application_id', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('at', 'text', (c) => c.notNull())
    .addColumn('at_ms', 'bigint', (c) => c.notNull())
    .addColumn('note', 'text')
    .addColumn('source', 'text', (c) => c.notNull())
    .addColumn('data', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('created_ms', 'bigint', (c) => c.notNull())
    .addPrimaryKeyConstraint('events_pk', ['user_id', 'id'])
    .addForeignKeyConstraint(
      'events_application_fk',
      ['user_id', 'application_id'],
      'applications',
      ['user_id', 'id'],
      (fk) => fk.onDelete('cascade'),
    )
    .execute();
  await db.schema
    .createIndex('events_by_at')
    .on('events')
    .columns(['user_id', 'at_ms', 'created_ms'])
    .execute();
  await db.schema
    .createIndex('events_by_application')
    .on('events')
    .columns(['user_id', 'application_id', 'at_ms'])
    .execute();

  await db.schema
    .createTable('actions')
    .addColumn('user_id', 'text', (c) => c.notNull())
    .addColumn('id', 'text', (c) => c.notNull())
    .addColumn('application_id', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('due_start_ms', 'bigint', (c) => c.notNull())
    .addColumn('body', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('actions_pk', ['user_id', 'id'])
    .addForeignKeyConstraint(
      'actions_application_fk',
      ['user_id', 'application_id'],
      'applications',
      ['user_id', 'id'],
      (fk) => fk.onDelete('cascade'),
    )
    .execute();
  await db.schema.createIndex('actions_by_due').on('actions').columns(['user_id', 'due_start_ms']).execute();
  await db.schema
    .createIndex('actions_by_application')
    .on('actions')
    .columns(['user_id', 'application_id', 'due_start_ms'])
    .execute();

  // States reference the application, not the action: replanning deletes and re-inserts actions, and a
  // state must survive that, yet it goes when its application goes.
  await db.schema
    .createTable('action_states')
    .addColumn('user_id', 'text', (c) => c.notNull())
    .addColumn('action_id', 'text', (c) => c.notNull())
    .addColumn('application_id', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('until', 'text')
    .addColumn('at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('action_states_pk', ['user_id', 'action_id'])
    .addCheckConstraint(
      'action_states_status',
      sql`status in ('snoozed', 'skipped') and (status = 'skipped' or until is not null)`,
    )
    .addForeignKeyConstraint(
      'action_states_application_fk',
      ['user_id', 'application_id'],
      'applications',
      ['user_id', 'id'],
      (fk) => fk.onDelete('cascade'),
    )
    .execute();
  await db.schema
    .createIndex('action_states_by_application')
    .on('action_states')
    .columns(['user_id', 'application_id'])
    .execute();

  for (const table of ['settings', 'profile']) {
    await db.schema
      .createTable(table)
      .addColumn('user_id', 'text', (c) => c.primaryKey().references('users.user_id').onDelete('cascade'))
      .addColumn('body', 'text', (c) => c.notNull())
      .execute();
  }

  await db.schema
    .createTable('meta')
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.user_id').onDelete('cascade'))
    .addColumn('key', 'text', (c) => c.notNull())
    .addColumn('value', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('meta_pk', ['user_id', 'key'])
    .execute();
}

async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of [
    'meta',
    'profile',
    'settings',
    'action_states',
    'actions',
    'events',
    'contacts',
    'applications',
    'users',
  ]) {
    await db.schema.dropTable(table).execute();
  }
}

export const initial: Migration = { up, down };
