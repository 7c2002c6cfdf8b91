import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../src/main';
import { dovecotAvailable, startDovecot, type Dovecot } from '../support/dovecot';
import { startSmtpServer, type SmtpTestServer } from '../support/smtp-test-server';

/** `mail setup` with security "starttls" against servers that offer no STARTTLS (neither test server does). */
const run = dovecotAvailable();
let dovecot: Dovecot;
let smtp: SmtpTestServer;
const homes: string[] = [];

async function setup(imap: string, smtpSecurity: string): Promise<string> {
  const home = await mkdtemp(join(tmpdir(), 'hearback-starttls-'));
  homes.push(home);
  let out = '';
  const args = ['--home', home, 'mail', 'setup', '--address', 'alex@me.example', '--user', 'alex', '--imap-host', dovecot.host, '--imap-port', String(dovecot.port), '--imap-security', imap, '--smtp-host', smtp.host, '--smtp-port', String(smtp.port), '--smtp-security', smtpSecurity, '--password-stdin'];
  const write = (s: string) => (out += s);
  const code = await main(args, { stdout: { write }, stderr: { write }, stdin: Readable.from(['secret\n']), env: { ...process.env, NO_COLOR: '1', HEARBACK_SECRET_KEY: '' } });
  expect(code).toBe(1);
  return out;
}

(run ? describe : describe.skip)('mail setup with starttls on a server without it', () => {
  beforeAll(async () => {
    [dovecot, smtp] = await Promise.all([startDovecot(), startSmtpServer({ user: 'alex', password: 'secret' })]);
  });
  afterAll(async () => {
    await smtp?.close();
    await dovecot?.stop();
    await Promise.all(homes.map((h) => rm(h, { recursive: true, force: true })));
  });

  it.each([
    { protocol: 'SMTP', imap: 'plain', smtp: 'starttls' },
    { protocol: 'IMAP', imap: 'starttls', smtp: 'plain' },
  ])('says plainly that the $protocol server does not offer STARTTLS', async ({ protocol, imap, smtp: smtpSecurity }) => {
    const out = await setup(imap, smtpSecurity);
    expect(out).toMatch(new RegExp(`${protocol}: \\S+ does not offer STARTTLS, so security "starttls" cannot work there`));
    expect(out).not.toContain('refused the message');
  });
});
