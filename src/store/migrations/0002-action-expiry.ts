import type { Kysely, Migration } from 'kysely';

/**
 * The instant an action stops being worth doing, as a column: `today` filters and orders by it in SQL so
 * that it reads the twenty items it shows, not a backlog of thousands. Existing rows keep NULL until their
 * application is replanned; the planner version bump that came with this column replans every store on its
 * next start.
 */
export const actionExpiry: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema.alterTable('actions').addColumn('expires_ms', 'bigint').execute();
    await db.schema.createIndex('actions_by_expiry').on('actions').columns(['user_id', 'expires_ms', 'due_start_ms']).execute();
  },
};
