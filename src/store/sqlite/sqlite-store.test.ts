import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describeStoreContract } from '../store-contract';
import { openSqliteStore } from './open-sqlite-store';

describeStoreContract('sqlite', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'hearback-store-'));
  const file = join(dir, 'data', 'hearback.db');
  const store = openSqliteStore(file);
  return {
    store,
    reopen: () => Promise.resolve(openSqliteStore(file)),
    cleanup: async () => {
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
});
