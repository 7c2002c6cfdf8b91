import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { classifyMessage } from '../../core/mail/classify-message';
import { linkMessage } from '../../core/mail/link-message';
import { parseMessage } from './parse-message';

const fixtures = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../fixtures');

const knowledge = {
  sentMessageIds: new Map([
    ['followup-1@home.example', 'app-northwind'],
    ['followup-2@home.example', 'app-contoso'],
    ['followup-3@home.example', 'app-northwind'],
  ]),
  contacts: [],
  applications: [
    { id: 'app-northwind', company: 'Northwind' },
    { id: 'app-contoso', company: 'Contoso SA' },
  ],
};

async function load(file: string) {
  const parsed = await parseMessage(await readFile(path.join(fixtures, file)));
  if (!parsed.ok) throw new Error(parsed.error);
  const link = linkMessage(parsed.message, knowledge);
  return { message: parsed.message, link, verdict: classifyMessage(parsed.message, { link }) };
}

describe('parse, link and classify the hand-written fixtures', () => {
  it.each([
    { file: 'ack-greenhouse.eml', kind: 'ack', app: 'app-northwind', via: 'ats_subject' },
    { file: 'rejection-latin1.eml', kind: 'rejection', app: 'app-contoso', via: 'thread' },
    { file: 'interview-html.eml', kind: 'interview_invite', app: 'app-northwind', via: 'thread' },
    { file: 'ooo-exchange.eml', kind: 'auto_reply', app: 'app-northwind', via: 'thread' },
    { file: 'bounce-dsn.eml', kind: 'bounce', app: 'app-northwind', via: 'thread' },
    { file: 'reply-quoting-us.eml', kind: 'human_reply', app: 'app-northwind', via: 'thread' },
    { file: 'list-post.eml', kind: 'unrelated', app: null, via: null },
  ])('reads $file as $kind linked to $app', async ({ file, kind, app, via }) => {
    const { verdict, link } = await load(file);
    expect(verdict.kind).toBe(kind);
    expect(link?.applicationId ?? null).toBe(app);
    expect(link?.via ?? null).toBe(via);
  });

  it('decodes the RFC 2047 subject of the Greenhouse ack', async () => {
    expect((await load('ack-greenhouse.eml')).message.subject).toBe(
      'Thank you for applying to Northwind – Backend Engineer',
    );
  });

  it('reads the bounce as hard with its failed recipient and the returned Message-ID', async () => {
    const { verdict, message } = await load('bounce-dsn.eml');
    expect(verdict).toMatchObject({
      bounce: 'hard',
      failedRecipient: 'dana@northwind.example',
      tier: 'high',
    });
    expect(message.original?.messageId).toBe('followup-1@home.example');
  });

  it('reads the return date of the out-of-office reply', async () => {
    expect((await load('ooo-exchange.eml')).verdict.returnDate).toBe('2025-03-17');
  });

  it('decodes the ISO-8859-1 sender name and body', async () => {
    const { message } = await load('rejection-latin1.eml');
    expect(message.from).toEqual({ name: 'Renée Dubois', address: 'renee.dubois@contoso.example' });
    expect(message.text).toContain("votre candidature n'a pas été retenue");
  });
});
