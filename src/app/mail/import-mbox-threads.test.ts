import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { mbox } from '../../../test/support/mail-fixtures';
import { tempRuntime, type TempRuntime } from '../../../test/support/temp-runtime';
import { createMailKit } from '../../mail/mail-kit';
import type { MailKit } from '../../ports/mail-kit';
import { importMbox } from './import-mbox';

let rt: TempRuntime;
let kit: MailKit;
let dir: string;

const message = (headers: Record<string, string>, body: string) =>
  `${Object.entries(headers).map(([k, v]) => `${k}: ${v}`).join('\r\n')}\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n${body}\r\n`;

/** An acknowledgement from the company's careers address, the user's follow-up, and two answers from a recruiter. */
const STORY = [
  message({ From: 'Northwind Careers <careers@northwind.example>', To: 'sam@me.example', Subject: 'Thank you for applying to Northwind', Date: 'Mon, 3 Mar 2025 10:00:00 +0000', 'Message-ID': '<ack@northwind.example>' },
  'Hi Sam, thank you for applying for the Platform Engineer position at Northwind. We have received your application and our team will review it.'),
  message({ From: 'Sam <sam@me.example>', To: 'careers@northwind.example', Subject: 'Following up on my Platform Engineer application', Date: 'Mon, 10 Mar 2025 10:00:00 +0000', 'Message-ID': '<mine@me.example>', 'In-Reply-To': '<ack@northwind.example>' },
  'Hello, just following up on my application.'),
  message({ From: 'Rita Ng <rita@northwind.example>', To: 'sam@me.example', Subject: 'Re: Following up', Date: 'Tue, 11 Mar 2025 10:00:00 +0000', 'Message-ID': '<answer@northwind.example>', 'In-Reply-To': '<mine@me.example>' },
  "Hi Sam, thanks for reaching out. We'd like to invite you to a first interview next week. What is your availability?"),
  message({ From: 'Rita Ng <rita@northwind.example>', To: 'sam@me.example', Subject: 'Quick update', Date: 'Tue, 25 Mar 2025 10:00:00 +0000', 'Message-ID': '<later@northwind.example>' },
  'Hi Sam, after careful consideration we have decided not to move forward with your application. Best of luck.'),
];

beforeEach(async () => {
  rt = await tempRuntime('2025-04-01T10:00:00Z');
  kit = await createMailKit({ home: rt.home, env: {} });
  dir = await mkdtemp(join(tmpdir(), 'hearback-mbox-threads-'));
});
afterEach(async () => {
  await rt.cleanup();
  await rm(dir, { recursive: true, force: true });
});

describe('importMbox learning as it reads', () => {
  it('keeps a reply to the user’s own follow-up and later mail from that recruiter, which carry no job word in the subject', async () => {
    const file = join(dir, 'story.mbox');
    await writeFile(file, mbox(STORY));
    const result = await importMbox(rt.deps, kit, { path: file, me: ['sam@me.example'] });
    expect(result.stats).toMatchObject({ messages: 4 });
    const events = (await rt.deps.db.listEvents()).map((e) => `${e.kind}:${e.at.slice(0, 10)}`).sort();
    expect(events).toEqual(['applied:2025-03-03', 'interview:2025-03-11', 'rejection:2025-03-25']);
    expect((await rt.deps.db.listApplications()).map((a) => `${a.company}|${a.stage}`)).toEqual(['Northwind|rejected']);
  });
});

describe('importMbox reporting unreadable messages', () => {
  it('gives the byte offset and the reason of each unreadable message, up to ten', async () => {
    const file = join(dir, 'broken.mbox');
    const garbage = 'no header here, just words\r\n';
    const data = mbox([STORY[0]!, ...Array.from({ length: 12 }, () => garbage)]);
    await writeFile(file, data);
    const result = await importMbox(rt.deps, kit, { path: file, me: ['sam@me.example'] });
    expect(result.stats.errors).toBe(12);
    expect(result.unreadable).toHaveLength(10);
    const second = data.indexOf('From ', 1);
    expect(result.unreadable[0]).toEqual({ offset: second, error: 'not an RFC 822 message: no header fields' });
  });
});
