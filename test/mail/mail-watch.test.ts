import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addApplication } from '../../src/app/add-application';
import type { AppDeps } from '../../src/app/deps';
import { setupMailAccount } from '../../src/app/mail/mail-account';
import { createMailKit } from '../../src/mail/mail-kit';
import { randomIds } from '../../src/runtime/random-ids';
import { systemClock } from '../../src/runtime/system-clock';
import { openStore } from '../../src/store/open-store';
import { bundleCli } from '../support/cli-bundle';
import { dovecotAvailable, startDovecot, type Dovecot } from '../support/dovecot';
import { greenhouseRejection } from '../support/mail-fixtures';
import { startSmtpServer, type SmtpTestServer } from '../support/smtp-test-server';

const run = dovecotAvailable();
const KEY = randomBytes(32).toString('base64');
let dovecot: Dovecot;
let smtp: SmtpTestServer;
let cli: { entry: string; dir: string };
let home: string;

(run ? describe : describe.skip)('hearback mail watch', () => {
  beforeAll(async () => {
    [dovecot, smtp, cli] = await Promise.all([startDovecot(), startSmtpServer({ user: 'alex', password: 'secret' }), bundleCli('mail-watch')]);
    home = await mkdtemp(join(tmpdir(), 'hearback-watch-'));
    const store = await openStore({ home });
    await store.ensureUser({ id: 'local' });
    const deps: AppDeps = { db: store.forUser('local'), clock: systemClock, ids: randomIds(), defaults: { timezone: 'UTC' } };
    const kit = await createMailKit({ home, env: { HEARBACK_SECRET_KEY: KEY } });
    await setupMailAccount(deps, kit, { address: 'alex@me.example', password: 'secret', imap: { host: dovecot.host, port: dovecot.port, security: 'plain', user: 'alex' }, smtp: { host: smtp.host, port: smtp.port, security: 'plain', user: 'alex' } });
    await addApplication(deps, { company: 'Acme', role: 'Senior Backend Engineer', appliedAt: new Date(Date.now() - 5 * 86_400_000).toISOString() });
    await store.close();
  }, 60_000);
  afterAll(async () => {
    await smtp?.close();
    await dovecot?.stop();
    await rm(home, { recursive: true, force: true });
    if (cli) await rm(cli.dir, { recursive: true, force: true });
  });

  it('wakes on IMAP IDLE when mail arrives, long before its next poll, and stops cleanly on SIGTERM', async () => {
    const child = spawn(process.execPath, [cli.entry, '--home', home, 'mail', 'watch', '--poll', '300'], { env: { ...process.env, NO_COLOR: '1', HEARBACK_SECRET_KEY: KEY }, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    child.stdout.on('data', (c: Buffer) => (out += c.toString()));
    child.stderr.on('data', (c: Buffer) => (err += c.toString()));
    const exit = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    const until = async (test: () => boolean, what: string) => {
      for (let waited = 0; !test(); waited += 50) {
        if (waited > 20_000) throw new Error(`timed out waiting for ${what}; stdout: ${out}; stderr: ${err}`);
        await new Promise((r) => setTimeout(r, 50));
      }
    };
    await until(() => err.includes('Watching INBOX'), 'the watcher to start');
    // The first pass has read the empty inbox and IDLE has begun once the watcher waits.
    await new Promise((r) => setTimeout(r, 500));
    await dovecot.append('INBOX', greenhouseRejection('Acme', 'gh-watch@greenhouse-mail.io', new Date().toUTCString()));
    await until(() => out.includes('applied'), 'the rejection to be applied');
    expect(out).toMatch(/applied \w+ {2}rejection \(high\) {2}no-reply@greenhouse-mail\.io: Your application to Acme/);
    child.kill('SIGTERM');
    expect(await exit).toBe(0);
    const store = await openStore({ home });
    try {
      const apps = await store.forUser('local').listApplications();
      expect(apps[0]?.stage).toBe('rejected');
    } finally {
      await store.close();
    }
  }, 60_000);
});
