import { mkdir } from 'node:fs/promises';
import { replanAll } from '../src/app/replan';
import { DEFAULT_SETTINGS } from '../src/core/planner';
import { openStore } from '../src/store/open-store';
import { synthesize } from './synthetic';

/**
 * Builds a store of `count` synthetic applications at `home`, planned, as a benchmark fixture. Uses the
 * real store and planner, in one transaction.
 */
export async function buildStore(home: string, count: number): Promise<void> {
  await mkdir(home, { recursive: true });
  const store = await openStore({ home });
  try {
    await store.ensureUser({ id: 'local' });
    const db = store.forUser('local');
    if ((await db.countApplications()) >= count) return;
    const settings = { ...DEFAULT_SETTINGS, timezone: 'America/New_York', country: 'US' };
    await db.transaction(async (tx) => {
      await tx.putSettings(settings);
      for (const { app, events, contacts } of synthesize(count)) {
        await tx.insertApplication(app);
        for (const c of contacts) await tx.insertContact(c);
        for (const e of events) await tx.insertEvent(e);
      }
      await replanAll({ db: tx }, settings);
    });
  } finally {
    await store.close();
  }
}

if (process.argv[2]) {
  const started = Date.now();
  await buildStore(process.argv[2], Number(process.argv[3] ?? 10_000));
  console.log(`built ${process.argv[2]} in ${Date.now() - started} ms`);
}
