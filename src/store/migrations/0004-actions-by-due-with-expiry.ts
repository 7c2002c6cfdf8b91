import type { Kysely, Migration } from 'kysely';

/**
 * `today` counts the actions that are due and still live: due before now, and expiring never or after now.
 * The index by due time did not hold the expiry, so each of the thousands of due rows of a long search was
 * read from the table to test it. With the expiry in the index the count never leaves the index, on SQLite
 * and PostgreSQL alike.
 */
export const actionsByDueWithExpiry: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema.dropIndex('actions_by_due').execute();
    await db.schema
      .createIndex('actions_by_due_with_expiry')
      .on('actions')
      .columns(['user_id', 'due_start_ms', 'expires_ms'])
      .execute();
  },
};
