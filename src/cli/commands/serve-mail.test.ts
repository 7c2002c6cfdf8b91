import { Readable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dovecotAvailable } from '../../../test/support/dovecot';
import { replyInThread } from '../../../test/support/mail-fixtures';
import { startMailServers, type MailServers } from '../../../test/support/mail-servers';
import { tempRuntime, type TempRuntime } from '../../../test/support/temp-runtime';
import { CommandContext } from '../command-context';
import type { CliIo } from '../io';
import { runServe } from './serve';

/* eslint-disable @typescript-eslint/no-explicit-any -- answers are checked field by field */

/**
 * `hearback serve` with the mail drivers pointed at a real Dovecot and SMTP server: its workers send what
 * the user approves through the web API, apply a reply that arrives in the inbox (woken by IMAP IDLE), tell
 * the page over the event stream, and stop cleanly with the server.
 */
const run = dovecotAvailable();
let servers: MailServers;
let rt: TempRuntime;
let log = '';

const io = (): CliIo => ({
  stdout: { write: (s: string) => (log += s) },
  stderr: { write: (s: string) => (log += s) },
  stdin: Readable.from(['']),
  // Long intervals: only an approval (the kick) and IMAP IDLE can make the workers act within the test.
  env: { NO_COLOR: '1', HEARBACK_MAIL_SEND_INTERVAL_MS: '600000', HEARBACK_MAIL_POLL_MS: '600000' },
  compose: async () => ({ store: rt.store, deps: rt.deps, chat: null, close: async () => {} }),
  mail: async () => servers.kit,
});

/** A client of the real server: JSON with the CSRF token on writes. */
function client(url: string) {
  let token = '';
  return async (method: string, path: string, body?: unknown): Promise<any> => {
    token ||= ((await (await fetch(new URL('/api/session', url))).json()) as { csrfToken: string }).csrfToken;
    const response = await fetch(new URL(path, url), { method, headers: { 'x-csrf-token': token, ...(body === undefined ? {} : { 'content-type': 'application/json' }) }, ...(body === undefined ? {} : { body: JSON.stringify(body) }) });
    return response.json();
  };
}

/** Collects the event stream's `plan-changed` data while the server runs. */
function listen(url: string): { reasons: string[]; stop(): void } {
  const reasons: string[] = [];
  const abort = new AbortController();
  void (async () => {
    const response = await fetch(new URL('/api/events/stream', url), { signal: abort.signal });
    const decoder = new TextDecoder();
    for await (const chunk of response.body as unknown as AsyncIterable<Uint8Array>) {
      for (const match of decoder.decode(chunk).matchAll(/event: plan-changed\ndata: (.+)\n/g)) reasons.push((JSON.parse(match[1] ?? '{}') as { reason: string }).reason);
    }
  })().catch(() => undefined);
  return { reasons, stop: () => abort.abort() };
}

async function until<T>(read: () => Promise<T>, ok: (value: T) => boolean, what: string): Promise<T> {
  for (let waited = 0; ; waited += 100) {
    const value = await read();
    if (ok(value)) return value;
    if (waited > 15_000) throw new Error(`timed out waiting for ${what}: ${JSON.stringify(value)}\n${log}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

(run ? describe : describe.skip)('hearback serve with a mail account', () => {
  beforeAll(async () => {
    servers = await startMailServers();
    rt = await tempRuntime('2026-11-23T15:00:00Z');
  });
  afterAll(async () => {
    await rt?.cleanup();
    await servers?.stop();
  });

  it('sends an approved follow-up, applies the reply from the inbox, tells the page, and stops cleanly', async () => {
    const code = await runServe(new CommandContext(io(), {}), { port: '0', open: false }, {
      open: () => undefined,
      async stopped() {
        const url = /running at (\S+)/.exec(log)?.[1] ?? '';
        const api = client(url);
        const stream = listen(url);
        try {
          const added = await api('POST', '/api/applications', { company: 'Acme', role: 'Engineer', appliedAt: '2026-11-13', timezone: 'America/New_York', country: 'US', contacts: [{ name: 'Dana Smith', email: 'dana@acme.io' }] });
          const appId: string = added.application.id;
          expect(await api('PUT', '/api/mail/account', servers.account())).toMatchObject({ saved: true });

          // The approval wakes the sender at once, although its interval is ten minutes.
          expect(await api('POST', `/api/actions/${appId}-fu1/approve`, {})).toMatchObject({ outcome: 'queued' });
          await until(async () => servers.smtp.received.length, (n) => n === 1, 'the follow-up to reach the SMTP server');
          const outbox = await until(() => api('GET', '/api/outbox'), (o) => o.items[0]?.state === 'sent', 'the outbox to record it as sent');
          const messageId = servers.smtp.received[0]?.messageId ?? '';
          expect(outbox.items[0]).toMatchObject({ actionId: `${appId}-fu1`, to: { address: 'dana@acme.io' } });
          expect(await servers.dovecot.messageIds('Sent')).toEqual([`<${messageId}>`]);
          const sent = await api('GET', `/api/applications/${appId}`);
          expect(sent.events.map((e: any) => e.kind)).toContain('follow_up_sent');
          expect(sent.plan.actions.some((a: any) => a.kind === 'follow_up')).toBe(true);

          // The reply arrives; IDLE wakes the watcher, which applies it and stops the follow-up chain.
          await servers.dovecot.append('INBOX', replyInThread(messageId, 'reply-serve@acme.io'));
          const replied = await until(() => api('GET', `/api/applications/${appId}`), (v) => v.events.some((e: any) => e.kind === 'reply'), 'the reply to be applied');
          // The reply ends the chain it answers; a new one may start from the reply, two weeks on.
          expect(replied.plan.actions.filter((a: any) => /-fu\d+$/.test(a.id))).toEqual([]);
          const status = await api('GET', '/api/mail/status');
          expect(status).toMatchObject({ account: { address: 'alex@me.example' }, outbox: { sent: 1 }, workers: { sender: { lastSentAt: expect.any(String), error: null }, watcher: { lastCheckAt: expect.any(String), error: null } } });
          expect((await api('GET', '/api/inbox/recent')).items).toMatchObject([{ messageId: 'reply-serve@acme.io', status: 'applied', verdict: { kind: 'human_reply' } }]);
          await until(async () => stream.reasons.filter((r) => r === 'mail').length, (n) => n >= 2, 'the page to be told twice');
        } finally {
          stream.stop();
        }
      },
    });
    expect(code).toBe(0);
    expect(log).toContain('Stopping hearback');
    expect(log).not.toMatch(/failed|stopped:/);
    expect(servers.smtp.received).toHaveLength(1);
  }, 60_000);
});
