import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AppError } from '../../core/app-error';
import type { OutgoingMail } from '../../ports/mailer';
import { freePort } from '../../../test/support/dovecot';
import { startSmtpServer, type SmtpTestServer } from '../../../test/support/smtp-test-server';
import { smtpMailer } from './smtp-mailer';

let smtp: SmtpTestServer;
beforeAll(async () => {
  smtp = await startSmtpServer();
});
afterAll(() => smtp.close());

const server = () => ({ host: smtp.host, port: smtp.port, security: 'plain' as const, user: smtp.user });
const mail = (id: string): OutgoingMail => ({
  from: { name: 'Alex Doe', address: 'alex@me.example' },
  to: { name: 'Dana Smith', address: 'dana@acme.example' },
  subject: 'Following up on my application — Backend Engineer',
  text: 'Hello Dana,\n\nI applied last week. Ünïcödé survives.\n\nBest,\nAlex',
  messageId: id,
  inReplyTo: 'earlier@me.example',
  references: ['earlier@me.example'],
  date: '2026-11-23T14:00:00Z',
});

async function failure(work: Promise<unknown>): Promise<AppError> {
  const error = await work.then(() => null, (e: unknown) => e);
  expect(error).toBeInstanceOf(AppError);
  return error as AppError;
}

describe('smtpMailer against a real SMTP server', () => {
  it('sends the message with the Message-ID we chose, and returns the exact bytes it sent', async () => {
    const mailer = smtpMailer(server(), smtp.password);
    try {
      await mailer.verify();
      const receipt = await mailer.send(mail('fu1.abc@me.example'));
      expect(receipt.response).toMatch(/^250/);
      const got = smtp.received.at(-1)!;
      expect(got.messageId).toBe('fu1.abc@me.example');
      expect(got.to).toEqual(['dana@acme.example']);
      expect(Buffer.from(receipt.raw).toString()).toContain('In-Reply-To: <earlier@me.example>');
      expect(got.raw.toString().replace(/\r\n/g, '\n').trim()).toBe(Buffer.from(receipt.raw).toString().replace(/\r\n/g, '\n').trim());
    } finally {
      await mailer.close();
    }
  });

  it('calls 4xx replies temporary and 5xx replies permanent', async () => {
    const mailer = smtpMailer(server(), smtp.password);
    try {
      smtp.failNext(451, 550);
      const soft = await failure(mailer.send(mail('t1@me.example')));
      expect(soft.code).toBe('mail_temporary');
      expect(soft.details).toMatchObject({ smtpCode: 451, ambiguous: false });
      const hard = await failure(mailer.send(mail('t2@me.example')));
      expect(hard.code).toBe('mail_permanent');
      expect(hard.message).toContain('550');
    } finally {
      await mailer.close();
    }
  });

  it('says a refused login needs an app password', async () => {
    const error = await failure(smtpMailer(server(), 'wrong').verify());
    expect(error.code).toBe('mail_auth');
    expect(error.message).toMatch(/login refused.*app password/);
  });

  it('names a closed port and a TLS mismatch', async () => {
    const closed = await failure(smtpMailer({ ...server(), port: await freePort() }, 'x').verify());
    expect(closed.code).toBe('mail_connect');
    expect(closed.message).toMatch(/connection refused/);
    const tls = await failure(smtpMailer({ ...server(), security: 'tls' }, smtp.password).verify());
    expect(tls.code).toBe('mail_connect');
    expect(tls.details?.reason).toBe('tls_mismatch');
    expect(tls.message).toMatch(/465|587/);
  });

  it('refuses a self-signed certificate, naming it', async () => {
    const secure = await startSmtpServer({ secure: true });
    try {
      const error = await failure(smtpMailer({ host: secure.host, port: secure.port, security: 'tls', user: secure.user }, secure.password).verify());
      expect(error.code).toBe('mail_connect');
      expect(error.details?.reason).toBe('certificate');
    } finally {
      await secure.close();
    }
  });
});
