import type { Kysely, Migration } from 'kysely';

/**
 * What each CSV import remembers per row: the row's natural key, the application it became, and a
 * fingerprint of the row's values, so that importing the same file again finds every row and changes
 * nothing, and a changed row updates its application instead of duplicating it. The key goes when its
 * application is deleted (the foreign key cascades), so a deleted application can be imported again.
 */
async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('import_keys')
    .addColumn('user_id', 'text', (c) => c.notNull())
    .addColumn('natural_key', 'text', (c) => c.notNull())
    .addColumn('application_id', 'text', (c) => c.notNull())
    .addColumn('fingerprint', 'text', (c) => c.notNull())
    .addColumn('source_format', 'text', (c) => c.notNull())
    .addColumn('contact_id', 'text')
    .addColumn('imported_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('import_keys_pk', ['user_id', 'natural_key'])
    .addForeignKeyConstraint(
      'import_keys_application_fk',
      ['user_id', 'application_id'],
      'applications',
      ['user_id', 'id'],
      (fk) => fk.onDelete('cascade'),
    )
    .execute();
  await db.schema
    .createIndex('import_keys_by_application')
    .on('import_keys')
    .columns(['user_id', 'application_id'])
    .execute();
}

async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('import_keys').execute();
}

export const importKeys: Migration = { up, down };
