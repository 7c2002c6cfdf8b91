import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { greenhouseAck, greenhouseRejection, hedgedNews, mbox, newsletter } from '../../../test/support/mail-fixtures';
import { tempRuntime, type TempRuntime } from '../../../test/support/temp-runtime';
import { createMailKit } from '../../mail/mail-kit';
import type { MailKit } from '../../ports/mail-kit';
import { importMbox } from './import-mbox';

let rt: TempRuntime;
let kit: MailKit;
let dir: string;
let file: string;

const interview = (company: string, id: string, date: string) =>
  `From: ${company} Recruiting <no-reply@greenhouse-mail.io>\r\nTo: alex@me.example\r\nSubject: Interview invitation: ${company}\r\nDate: ${date}\r\nMessage-ID: <${id}>\r\n\r\nHi Alex,\r\n\r\nWe would like to invite you to an interview for the Platform Engineer role at ${company}. Please use the link below to schedule a time that works for you.\r\n\r\nBest,\r\n${company}\r\n`;

const MESSAGES = [
  greenhouseAck('Initech', 'Data Engineer', 'ack-1@greenhouse-mail.io', 'Mon, 02 Mar 2026 10:00:00 +0000'),
  newsletter('news-1@weekly.example'),
  greenhouseAck('Globex', 'Platform Engineer', 'ack-2@greenhouse-mail.io', 'Tue, 03 Mar 2026 10:00:00 +0000'),
  hedgedNews('maybe-1@acme.io'),
  interview('Globex', 'inv-1@greenhouse-mail.io', 'Mon, 16 Mar 2026 10:00:00 +0000'),
  greenhouseRejection('Initech', 'rej-1@greenhouse-mail.io', 'Fri, 20 Mar 2026 10:00:00 +0000'),
  newsletter('news-2@weekly.example'),
];

beforeEach(async () => {
  rt = await tempRuntime('2026-11-23T14:00:00Z');
  kit = await createMailKit({ home: rt.home, env: {} });
  dir = await mkdtemp(join(tmpdir(), 'hearback-mbox-'));
  file = join(dir, 'All mail.mbox');
  await writeFile(file, mbox(MESSAGES));
});
afterEach(async () => {
  await rt.cleanup();
  await rm(dir, { recursive: true, force: true });
});

async function holdings() {
  const db = rt.deps.db;
  const apps = await db.listApplications();
  const events = await db.listEvents();
  return {
    apps: apps.map((a) => `${a.company}|${a.role}|${a.stage}|${a.appliedAt?.slice(0, 10)}`).sort(),
    events: events.map((e) => `${apps.find((a) => a.id === e.applicationId)?.company}:${e.kind}:${e.at.slice(0, 10)}:${e.source}`).sort(),
    review: (await db.listMailRecords({ status: 'review' })).map((r) => r.messageId),
  };
}

const FULL = {
  apps: ['Globex|Platform Engineer|interviewing|2026-03-03', 'Initech|Data Engineer|rejected|2026-03-02'],
  events: ['Globex:applied:2026-03-03:import', 'Globex:interview:2026-03-16:import', 'Initech:applied:2026-03-02:import', 'Initech:rejection:2026-03-20:import'],
  review: ['maybe-1@acme.io'],
};

describe('importMbox', () => {
  it('creates applications from acks and events from later mail, queuing the unsure for review', async () => {
    const result = await importMbox(rt.deps, kit, { path: file });
    expect(result.counts).toEqual({ applications: 2, events: 2, review: 1 });
    expect(result.stats).toMatchObject({ messages: 7, skipped: 2 });
    expect(await holdings()).toEqual(FULL);
  });

  it('prints what a dry run would create, and writes nothing', async () => {
    const result = await importMbox(rt.deps, kit, { path: file, dryRun: true });
    expect(result.created.map((c) => (c.kind === 'application' ? `app ${c.company}` : c.kind === 'event' ? `${c.event} ${c.company}` : 'review'))).toEqual(['app Initech', 'app Globex', 'review', 'interview Globex', 'rejection Initech']);
    expect(await holdings()).toEqual({ apps: [], events: [], review: [] });
    expect(await rt.deps.db.listMailRecords()).toEqual([]);
  });

  it('is idempotent: a finished file is not read again, and reading it again creates nothing', async () => {
    await importMbox(rt.deps, kit, { path: file });
    expect(await importMbox(rt.deps, kit, { path: file })).toMatchObject({ alreadyImported: true });
    const again = await importMbox(rt.deps, kit, { path: file, restart: true });
    expect(again.counts).toEqual({ applications: 0, events: 0, review: 0 });
    expect(await holdings()).toEqual(FULL);
  });

  it('resumes an interrupted import from the last batch written, and ends the same', async () => {
    const stop = new AbortController();
    const first = await importMbox(rt.deps, kit, { path: file }, { batchMessages: 3, onProgress: (stats) => stats.messages >= 3 && stop.abort(), signal: stop.signal });
    expect(first.stats.messages).toBe(3);
    const [progress] = await Promise.all([rt.deps.db.getMboxImport((await kit.mbox.identify(file)).key)]);
    expect(progress).toMatchObject({ finished: false, messages: 3 });
    const partial = await holdings();
    expect(partial.apps).toEqual(['Globex|Platform Engineer|applied|2026-03-03', 'Initech|Data Engineer|applied|2026-03-02']);
    const rest = await importMbox(rt.deps, kit, { path: file });
    expect(rest.resumedFrom).toBe(progress?.offset);
    expect(rest.stats.messages).toBe(4);
    expect(await holdings()).toEqual(FULL);
    expect(await rt.deps.db.getMboxImport(progress!.fileKey)).toMatchObject({ finished: true, messages: 7, created: { applications: 2, events: 2, review: 1 } });
  });

  it('skips your own messages', async () => {
    const mine = 'From: Alex Doe <alex@me.example>\r\nTo: jobs@initech.example\r\nSubject: Re: Your application for Data Engineer\r\nDate: Mon, 09 Mar 2026 10:00:00 +0000\r\nMessage-ID: <mine-1@me.example>\r\nIn-Reply-To: <ack-1@greenhouse-mail.io>\r\n\r\nThank you! I look forward to hearing about the next steps for the position.\r\n';
    await writeFile(file, mbox([...MESSAGES, mine]));
    const kept = await importMbox(rt.deps, kit, { path: file, dryRun: true });
    expect(kept.created.some((c) => c.kind === 'review' && c.subject.startsWith('Re: Your application'))).toBe(true);
    const skipped = await importMbox(rt.deps, kit, { path: file, me: ['alex@me.example'] });
    expect(skipped.counts).toEqual({ applications: 2, events: 2, review: 1 });
  });

  it('skips mail before --since, and asks about outcomes it cannot tie to an application', async () => {
    const result = await importMbox(rt.deps, kit, { path: file, since: '2026-03-10' });
    expect(result.stats.skipped).toBe(4);
    expect(result.counts.applications).toBe(0);
    expect((await holdings()).review.sort()).toEqual(['inv-1@greenhouse-mail.io', 'maybe-1@acme.io', 'rej-1@greenhouse-mail.io']);
  });

  it('names a missing file', async () => {
    await expect(importMbox(rt.deps, kit, { path: join(dir, 'nope.mbox') })).rejects.toMatchObject({ code: 'validation', message: expect.stringContaining('does not exist') });
  });
});
