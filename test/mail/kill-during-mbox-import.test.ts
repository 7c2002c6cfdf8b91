import { spawn } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openStore } from '../../src/store/open-store';
import { bundleCli } from '../support/cli-bundle';
import { greenhouseAck, greenhouseRejection, mbox, newsletter } from '../support/mail-fixtures';

/**
 * `hearback import mbox` killed with SIGKILL at random moments resumes where its last batch ended and ends
 * with exactly what an uninterrupted import makes: no application, event or record lost or doubled. A
 * version that committed the file offset apart from the rows it covers fails here.
 */
const COMPANIES = 900;
let dir: string;
let file: string;
let cli: { entry: string; dir: string };

function messages(): string[] {
  const out: string[] = [];
  const day = (n: number) => new Date(Date.UTC(2026, 0, 5) + n * 3_600_000).toUTCString();
  for (let i = 0; i < COMPANIES; i++) {
    out.push(greenhouseAck(`Company${i} Labs`, 'Data Engineer', `ack-${i}@greenhouse-mail.io`, day(i)));
    out.push(newsletter(`news-${i}@weekly.example`));
    if (i >= 10 && i % 3 === 0) out.push(greenhouseRejection(`Company${i - 10} Labs`, `rej-${i}@greenhouse-mail.io`, day(i)));
  }
  return out;
}

function importOnce(home: string): { kill: () => void; exit: Promise<{ code: number | null; out: string }> } {
  const child = spawn(process.execPath, [cli.entry, '--home', home, '--now', '2026-11-23T14:00:00Z', 'import', 'mbox', file], { env: { ...process.env, NO_COLOR: '1' }, stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  child.stdout.on('data', (c: Buffer) => (out += c.toString()));
  child.stderr.resume();
  return { kill: () => child.kill('SIGKILL'), exit: new Promise((resolve) => child.on('exit', (code) => resolve({ code, out }))) };
}

async function holdings(home: string): Promise<{ apps: string[]; events: string[]; records: number }> {
  const store = await openStore({ home });
  try {
    const db = store.forUser('local');
    const [apps, events, records] = await Promise.all([db.listApplications(), db.listEvents(), db.listMailRecords()]);
    const company = new Map(apps.map((a) => [a.id, a.company]));
    return {
      apps: apps.map((a) => `${a.company}|${a.role}|${a.stage}|${a.appliedAt}`).sort(),
      events: events.map((e) => `${company.get(e.applicationId)}|${e.kind}|${e.at}|${e.source}`).sort(),
      records: records.length,
    };
  } finally {
    await store.close();
  }
}

/** The offset the import has committed, read without writing: 0 before its first batch. */
function committed(home: string): number {
  try {
    const db = new Database(join(home, 'hearback.db'), { readonly: true, fileMustExist: true });
    try {
      const row = db.prepare('select max(next_offset) as offset from mbox_imports').get() as { offset: number | null } | undefined;
      return Number(row?.offset ?? 0);
    } finally {
      db.close();
    }
  } catch {
    return 0;
  }
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'hearback-mbox-kill-'));
  file = join(dir, 'All mail.mbox');
  await writeFile(file, mbox(messages()));
  cli = await bundleCli('mbox-kill');
}, 60_000);
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
  if (cli) await rm(cli.dir, { recursive: true, force: true });
});

describe('kill -9 during an mbox import', () => {
  it('resumes from the last batch and ends exactly like an uninterrupted import', async () => {
    const reference = join(dir, 'reference');
    expect((await importOnce(reference).exit).code).toBe(0);
    const expected = await holdings(reference);
    expect(expected.apps).toHaveLength(COMPANIES);
    expect(expected.events.filter((e) => e.includes('|rejection|'))).toHaveLength(Math.floor((COMPANIES - 1) / 3) - 3);

    const home = join(dir, 'killed');
    const kills: string[] = [];
    // Each kill comes a random time after the run has committed a batch beyond where it started, so it
    // lands mid-way through a later batch (or, rarely, after the end).
    for (let round = 0; round < 3; round++) {
      const before = committed(home);
      const attempt = importOnce(home);
      let finished = false;
      void attempt.exit.then(() => (finished = true));
      while (!finished && committed(home) <= before) await sleep(10);
      const after = Math.floor(Math.random() * 400);
      await sleep(after);
      attempt.kill();
      const { code } = await attempt.exit;
      const held = await holdings(home);
      kills.push(`${after} ms after a batch → exit ${code ?? 'SIGKILL'}, ${held.apps.length} applications, offset ${committed(home)}`);
    }
    console.log(`mbox import killed: ${kills.join('; ')}`);
    const last = await importOnce(home).exit;
    expect(last.code).toBe(0);
    expect(await holdings(home)).toEqual(expected);
    const again = await importOnce(home).exit;
    expect(again.out).toContain('was imported completely before');
  }, 180_000);
});
