import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openStore } from '../../src/store/open-store';

/**
 * A kill -9 at any moment of a 50,000-row import leaves the store unchanged or complete, never partial,
 * because the whole import is one transaction; a re-run completes it, and a third run finds it all
 * unchanged. Each run is a real `hearback import csv` process, killed with SIGKILL: once while it is still
 * reading the file, and twice at random moments while it writes. A version that wrote in several
 * transactions fails here: its store would hold applications without their import keys.
 */
const ROWS = 50_000;
const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const CLI = fileURLToPath(new URL('../support/hearback-cli.ts', import.meta.url));

let dir: string;
let home: string;
let csv: string;

/** A Teal export with every status, dates, URLs and notes with commas, so rows import whole. */
function teal(rows: number): string {
  const statuses = ['Applied', 'Interviewing', 'Bookmarked', 'Rejected', 'Offer', 'Applied', 'Applied'];
  const day = (n: number) =>
    `2025-${String(1 + (n % 12)).padStart(2, '0')}-${String(1 + (n % 28)).padStart(2, '0')}`;
  const lines = ['Company Name,Job Title,Status,Date Saved,Date Applied,Job Posting URL,Notes,Excitement'];
  for (let i = 0; i < rows; i++) {
    const status = statuses[i % statuses.length]!;
    lines.push(
      `Company ${i},Engineer ${i % 13},${status},${day(i)},${status === 'Bookmarked' ? '' : day(i + 1)},https://jobs.example/${i},"note ${i}, with a comma",3`,
    );
  }
  return `${lines.join('\n')}\n`;
}

function startImport(): {
  child: ChildProcess;
  done: Promise<{ code: number | null; signal: NodeJS.Signals | null; stdout: string }>;
} {
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', CLI, '--home', home, '--now', '2026-01-15T15:00:00Z', 'import', 'csv', csv],
    {
      cwd: ROOT,
      env: { ...process.env, NO_COLOR: '1' },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let stdout = '';
  child.stdout?.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr?.resume();
  const done = new Promise<{ code: number | null; signal: NodeJS.Signals | null; stdout: string }>(
    (resolve) => child.on('exit', (code, signal) => resolve({ code, signal, stdout })),
  );
  return { child, done };
}

async function walSize(): Promise<number> {
  return stat(join(home, 'hearback.db-wal')).then(
    (s) => s.size,
    () => 0,
  );
}

/** What the store holds, read by a fresh process's worth of connection, as after a crash. */
async function holdings(): Promise<{ apps: number; keys: number; events: number }> {
  const store = await openStore({ home });
  try {
    const db = store.forUser('local');
    const [apps, keys, events] = await Promise.all([
      db.countApplications(),
      db.listImportKeys(),
      db.listEvents(),
    ]);
    return { apps, keys: keys.length, events: events.length };
  } finally {
    await store.close();
  }
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'hearback-kill-'));
  home = join(dir, 'home');
  csv = join(dir, 'teal-50k.csv');
  await writeFile(csv, teal(ROWS));
  // The store exists and is migrated before the first import, as it would be for a user.
  const store = await openStore({ home });
  await store.ensureUser({ id: 'local' });
  await store.close();
}, 60_000);
afterAll(() => rm(dir, { recursive: true, force: true }));

describe('kill -9 during a 50,000-row import', () => {
  it('leaves the store empty or complete, and a re-run completes it', async () => {
    // The write has begun once the write-ahead log holds more than a few pages; the kill comes a random
    // time after that, early or late in the write (which takes several seconds for 50,000 rows).
    const moments: { label: string; afterStartMs?: number; afterWriteMs?: number }[] = [
      { label: 'while reading the file', afterStartMs: 300 + Math.floor(Math.random() * 700) },
      { label: 'early in the write', afterWriteMs: Math.floor(Math.random() * 2000) },
      { label: 'late in the write', afterWriteMs: 2000 + Math.floor(Math.random() * 3000) },
    ];
    for (const moment of moments) {
      const { child, done } = startImport();
      let finished = false;
      void done.then(() => (finished = true));
      if (moment.afterStartMs !== undefined) await sleep(moment.afterStartMs);
      else {
        while (!finished && (await walSize()) < 256 * 1024) await sleep(5);
        await sleep(moment.afterWriteMs ?? 0);
      }
      const walAtKill = await walSize();
      child.kill('SIGKILL');
      const exit = await done;
      const held = await holdings();
      const context = `${moment.label} (${JSON.stringify(moment)}, WAL ${walAtKill} bytes), exit ${exit.signal ?? exit.code}, ${held.apps} applications`;
      console.log(`kill -9 ${context}`);
      expect([0, ROWS], context).toContain(held.apps);
      expect(held.keys, context).toBe(held.apps);
      if (held.apps === 0) expect(held.events, context).toBe(0);
    }

    const complete = await startImport().done;
    expect(complete.code).toBe(0);
    expect(await holdings()).toMatchObject({ apps: ROWS, keys: ROWS });

    const third = await startImport().done;
    expect(third.code).toBe(0);
    expect(third.stdout).toContain(`Imported: 0 created, 0 updated, ${ROWS} unchanged, 0 rejected.`);
  }, 240_000);
});
