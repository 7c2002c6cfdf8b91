import { describe, it } from 'vitest';
import { requireOrSkip } from '../../../test/support/services';
import { describeStoreContract } from '../store-contract';
import { openPostgresStore } from './open-postgres-store';
import { createScratchDatabase, DEFAULT_TEST_PG, probePostgres } from './scratch-database';

const adminUrl = process.env['HEARBACK_TEST_PG'] ?? DEFAULT_TEST_PG;
const probe = await probePostgres(adminUrl);

if (requireOrSkip('PostgreSQL', probe.ok, probe.why)) {
  describeStoreContract('postgres', async () => {
    const database = await createScratchDatabase(adminUrl);
    const store = openPostgresStore(database.url);
    return {
      store,
      reopen: () => Promise.resolve(openPostgresStore(database.url)),
      cleanup: async () => {
        await store.close();
        await database.drop();
      },
    };
  });
} else {
  describe.skip('Store contract: postgres', () => {
    it(`needs a PostgreSQL server (${probe.why})`, () => undefined);
  });
}
