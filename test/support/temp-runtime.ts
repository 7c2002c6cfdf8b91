import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AppDeps } from '../../src/app/deps';
import type { Clock } from '../../src/ports/clock';
import type { Store } from '../../src/ports/store';
import { afterEach, beforeEach } from 'vitest';
import { sequentialIds } from '../../src/runtime/random-ids';
import { openStore } from '../../src/store/open-store';

/** A clock tests can move. */
export class TestClock implements Clock {
  private ms: number;
  constructor(iso: string) {
    this.ms = Date.parse(iso);
  }
  now(): Date {
    return new Date(this.ms);
  }
  set(iso: string): void {
    this.ms = Date.parse(iso);
  }
}

export interface TempRuntime {
  home: string;
  store: Store;
  deps: AppDeps;
  clock: TestClock;
  cleanup(): Promise<void>;
}

/** A real SQLite store in a fresh temporary folder, with a movable clock and sequential ids. */
export async function tempRuntime(now = '2026-11-23T14:00:00Z', timezone = 'America/New_York'): Promise<TempRuntime> {
  const home = await mkdtemp(join(tmpdir(), 'hearback-test-'));
  const store = await openStore({ home });
  await store.ensureUser({ id: 'local' });
  const clock = new TestClock(now);
  const deps: AppDeps = { db: store.forUser('local'), clock, ids: sequentialIds(), defaults: { timezone } };
  return {
    home,
    store,
    deps,
    clock,
    async cleanup() {
      await store.close();
      await rm(home, { recursive: true, force: true });
    },
  };
}

/** Two runtimes, for tests that carry data from one store to another (export, then import or restore). */
export interface RuntimePair {
  source: TempRuntime;
  target: TempRuntime;
}

/**
 * Opens a fresh source and target runtime before each test of the block it is called in, and removes them
 * after it. The fields are set once `beforeEach` has run.
 */
export function useRuntimePair(now: string): RuntimePair {
  const pair = {} as RuntimePair;
  beforeEach(async () => {
    [pair.source, pair.target] = await Promise.all([tempRuntime(now), tempRuntime(now)]);
  });
  afterEach(async () => {
    await Promise.all([pair.source.cleanup(), pair.target.cleanup()]);
  });
  return pair;
}
