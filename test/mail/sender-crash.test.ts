import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addApplication } from '../../src/app/add-application';
import type { AppDeps } from '../../src/app/deps';
import { setupMailAccount } from '../../src/app/mail/mail-account';
import { queueSend } from '../../src/app/mail/queue-send';
import { createMailKit } from '../../src/mail/mail-kit';
import { randomIds } from '../../src/runtime/random-ids';
import { systemClock } from '../../src/runtime/system-clock';
import { openStore } from '../../src/store/open-store';
import { bundleCli } from '../support/cli-bundle';
import { dovecotAvailable, startDovecot, type Dovecot } from '../support/dovecot';
import { startSmtpServer, type SmtpTestServer } from '../support/smtp-test-server';

/**
 * The sender is killed with SIGKILL at random moments, over 50 runs, against a real SMTP server (npm
 * smtp-server in this process, whose log of accepted messages is the ground truth) and a real IMAP Sent
 * folder (Dovecot). Half the runs kill it right after the server accepted a message, while the worker sits
 * in a test hook between the SMTP reply and the outbox update; the others at a random time. Half the runs
 * play a provider that files sent mail in Sent itself (the SMTP server appends it to Dovecot before its 250
 * reply, as Gmail does); the others make hearback save the copy. After each kill the sender is started again
 * until the queue settles. Then every queued message must have been received exactly once and be recorded
 * as sent once, or be waiting for the user's decision having been received at most once.
 */
const RUNS = Number(process.env.CRASH_RUNS ?? 50);
const PARALLEL = 4;
const MESSAGES = 4;
const KEY = randomBytes(32).toString('base64');

const run = dovecotAvailable();
let dovecot: Dovecot;
let smtp: SmtpTestServer;
let cli: { entry: string; dir: string };
/** Which run a Message-ID belongs to, so the SMTP server can tell it a message was accepted. */
const owners = new Map<string, { provider: boolean; onAccept: (() => void) | null }>();

interface RunResult {
  kill: string;
  outcomes: string[];
}

async function prepare(home: string, provider: boolean): Promise<{ ids: string[] }> {
  const store = await openStore({ home });
  try {
    await store.ensureUser({ id: 'local' });
    const deps: AppDeps = { db: store.forUser('local'), clock: systemClock, ids: randomIds(), defaults: { timezone: 'UTC' } };
    const kit = await createMailKit({ home, env: { HEARBACK_SECRET_KEY: KEY } });
    await setupMailAccount(deps, kit, {
      address: 'alex@me.example',
      name: 'Alex Doe',
      password: 'secret',
      imap: { host: dovecot.host, port: dovecot.port, security: 'plain', user: 'alex' },
      smtp: { host: smtp.host, port: smtp.port, security: 'plain', user: 'alex' },
      sentCopy: provider ? 'provider' : 'append',
      dailyCap: 500,
      companyGapMinutes: 0,
    }, { test: false });
    await deps.db.putProfile({ name: 'Alex Doe', signature: 'Best regards,\nAlex Doe', headline: 'Engineer', strengths: ['Go', 'SQL', 'Kafka'], recentAchievement: null, links: [] });
    const appliedAt = new Date(Date.now() - 12 * 86_400_000).toISOString();
    const ids: string[] = [];
    for (let n = 0; n < MESSAGES; n++) {
      const added = await addApplication(deps, { company: `Company ${n} ${randomBytes(3).toString('hex')}`, role: 'Engineer', appliedAt, timezone: 'UTC', contacts: [{ name: 'Dana Smith', email: `dana${n}@acme${n}.example`, role: 'hiring_manager' }] });
      const action = added.plan.actions.find((a) => a.kind === 'follow_up' && a.channel === 'email');
      if (!action) throw new Error('no follow-up planned');
      const { item } = await queueSend(deps, { actionId: action.id, force: true });
      // Due now, whatever the send window says: the test is about crashes, not about timing.
      await deps.db.updateOutbox(item.actionId, { sendAt: new Date().toISOString(), updatedAt: new Date().toISOString() }, { states: ['queued'] });
      ids.push(item.messageId);
    }
    return { ids };
  } finally {
    await store.close();
  }
}

function sender(home: string, pauseMs: number): { kill: () => void; exit: Promise<number | null> } {
  const child = spawn(process.execPath, [cli.entry, '--home', home, 'mail', 'send', '--until-idle'], {
    env: { ...process.env, NO_COLOR: '1', HEARBACK_SECRET_KEY: KEY, HEARBACK_MAIL_LEASE_MS: '300', HEARBACK_TEST_PAUSE_AFTER_SMTP_MS: String(pauseMs), HEARBACK_SMTP_TIMEOUT_MS: '5000', HEARBACK_IMAP_TIMEOUT_MS: '5000' },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const exit = new Promise<number | null>((resolve) => child.on('exit', (code) => {
    if (code !== 0 && code !== null) console.error(`sender exited ${code}: ${stderr}`);
    resolve(code);
  }));
  return { kill: () => child.kill('SIGKILL'), exit };
}

async function oneRun(index: number): Promise<RunResult> {
  const home = await mkdtemp(join(tmpdir(), 'hearback-crash-'));
  const provider = index % 2 === 0;
  const t0 = Date.now();
  const marks: string[] = [];
  const mark = (what: string) => marks.push(`${what} ${Date.now() - t0}`);
  try {
    const { ids } = await prepare(home, provider);
    mark('prepared');
    const onAccept: { current: (() => void) | null } = { current: null };
    for (const id of ids) owners.set(id, { provider, get onAccept() { return onAccept.current; } });
    const byEvent = index % 4 < 2;
    const pause = byEvent ? 40 + Math.floor(Math.random() * 120) : Math.floor(Math.random() * 60);
    const first = sender(home, pause);
    let kill: string;
    if (byEvent) {
      const nth = 1 + Math.floor(Math.random() * MESSAGES);
      let seen = 0;
      const delay = Math.floor(Math.random() * (pause + 20));
      kill = `after message ${nth} was accepted, +${delay} ms (pause ${pause} ms)`;
      onAccept.current = () => {
        if (++seen === nth) setTimeout(first.kill, delay);
      };
      // A run whose sender finishes first is killed anyway, which is harmless.
      setTimeout(first.kill, 8000);
    } else {
      const at = Math.floor(Math.random() * 900);
      kill = `${at} ms after start (pause ${pause} ms)`;
      setTimeout(first.kill, at);
    }
    await first.exit;
    mark('killed');
    onAccept.current = null;
    for (let attempt = 0; attempt < 4; attempt++) {
      if ((await sender(home, 0).exit) === 0) break;
    }
    mark('settled');
    if (process.env.CRASH_DEBUG) console.log(index, kill, marks.join(', '));
    const store = await openStore({ home });
    try {
      const db = store.forUser('local');
      const [rows, events] = await Promise.all([db.listOutbox(), db.listEvents()]);
      const outcomes: string[] = [];
      for (const row of rows) {
        const received = smtp.received.filter((m) => m.messageId === row.messageId).length;
        const recorded = events.filter((e) => e.kind === 'follow_up_sent' && 'messageId' in e.data && e.data.messageId === row.messageId).length;
        const context = `run ${index} (${provider ? 'provider files Sent' : 'hearback saves Sent'}; kill ${kill}): ${row.actionId} is ${row.state}, received ${received}×, recorded ${recorded}× (${row.reason ?? ''})`;
        expect(['sent', 'needs_decision'], context).toContain(row.state);
        if (row.state === 'sent') {
          expect(received, context).toBe(1);
          expect(recorded, context).toBe(1);
        } else {
          expect(received, context).toBeLessThanOrEqual(1);
          expect(recorded, context).toBe(0);
        }
        outcomes.push(`${row.state}:${received}`);
      }
      expect(rows).toHaveLength(MESSAGES);
      return { kill, outcomes };
    } finally {
      await store.close();
    }
  } finally {
    await rm(home, { recursive: true, force: true });
  }
}

(run ? describe : describe.skip)('SIGKILL of the sender at random moments', () => {
  beforeAll(async () => {
    [dovecot, cli] = await Promise.all([startDovecot([{ user: 'alex', password: 'secret' }]), bundleCli('sender-crash')]);
    smtp = await startSmtpServer({
      user: 'alex',
      password: 'secret',
      onAccept: async (mail) => {
        const owner = mail.messageId ? owners.get(mail.messageId) : undefined;
        if (owner?.provider) await dovecot.append('Sent', mail.raw);
        owner?.onAccept?.();
      },
    });
  }, 60_000);
  afterAll(async () => {
    await smtp?.close();
    await dovecot?.stop();
    if (cli) await rm(cli.dir, { recursive: true, force: true });
  });

  it(`never sends a message twice and never loses one, over ${RUNS} runs`, async () => {
    const results: RunResult[] = [];
    let next = 0;
    await Promise.all(
      Array.from({ length: PARALLEL }, async () => {
        while (next < RUNS) results.push(await oneRun(next++));
      }),
    );
    const all = results.flatMap((r) => r.outcomes);
    const tally = Object.entries(all.reduce<Record<string, number>>((t, o) => ({ ...t, [o]: (t[o] ?? 0) + 1 }), {}));
    console.log(`sender crash test: ${results.length} runs, ${all.length} messages: ${tally.map(([k, v]) => `${v} ${k}`).join(', ')}`);
    expect(results).toHaveLength(RUNS);
    const ids = smtp.received.map((m) => m.messageId);
    expect(new Set(ids).size).toBe(ids.length);
  }, 180_000);
});
