import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { failingStore } from '../../test/support/failing-store';
import { type TempRuntime, useRuntimePair } from '../../test/support/temp-runtime';
import { skip, snooze } from './act-on-action';
import { backupFileName, restoreBackup } from './backup';
import { calendarToken } from './calendar-token';
import { loadDemo } from './demo-data';
import { exportJson } from './export-data';
import { importCsv } from './import-csv';
import { updateProfile } from './profile';
import { today } from './today';
import { updateSettings } from './update-settings';

const NOW = '2026-11-23T15:00:00Z';
const pair = useRuntimePair(NOW);

/** A store with a bit of everything: settings, profile, demo data, an import, a snooze and a skip. */
async function fill(rt: TempRuntime): Promise<void> {
  await updateSettings(rt.deps, {
    timezone: 'Europe/Berlin',
    country: 'DE',
    region: 'BY',
    quietHours: { start: '21:00', end: '07:00' },
  });
  await updateProfile(rt.deps, { name: 'Alex Doe', strengths: ['Kafka', 'PostgreSQL', 'on-call'] });
  await loadDemo(rt.deps);
  await importCsv(rt.deps, readFileSync(new URL('../core/import/fixtures/teal.csv', import.meta.url)));
  const due = (await today(rt.deps)).due.map((i) => i.action.id);
  await snooze(rt.deps, { actionId: due[0]!, until: '2026-11-26' });
  await skip(rt.deps, { actionId: due[1]! });
  await calendarToken(rt.deps);
  await fillMail(rt);
}

/** A sent message, a record waiting in the review queue, and a mail account whose password must stay home. */
async function fillMail(rt: TempRuntime): Promise<void> {
  const [stored] = await rt.deps.db.listActions();
  const action = stored!.action;
  const mailbox = { name: 'Alex Doe', address: 'alex@example.org' };
  await rt.deps.db.queueOutbox({
    actionId: action.id,
    applicationId: action.applicationId,
    messageId: `${action.id}.m1@example.org`,
    state: 'sent',
    action,
    mail: { from: mailbox, to: { name: 'Sam', address: 'sam@acme.example' }, subject: 'Following up', text: 'Hello', inReplyTo: null, references: [] },
    companyKey: 'acme',
    approvedAt: '2026-11-23T14:00:00.000Z',
    sendAt: '2026-11-23T14:05:00.000Z',
    attempts: 1,
    phase: null,
    leaseOwner: null,
    leaseUntil: null,
    sentAt: '2026-11-23T14:05:02.000Z',
    smtpResponse: '250 OK',
    reason: null,
    updatedAt: '2026-11-23T14:05:02.000Z',
  });
  await rt.deps.db.insertMailRecords([
    {
      id: 'm1',
      messageId: 'reply-1@acme.example',
      source: 'imap',
      receivedAt: '2026-11-23T14:30:00.000Z',
      from: 'sam@acme.example',
      subject: 'Re: Following up',
      verdict: { kind: 'human_reply', confidence: 0.6, tier: 'medium', evidence: [{ rule: 'thread', detail: 'In-Reply-To' }], returnDate: null, failedRecipient: null },
      link: { applicationId: action.applicationId, via: 'thread', confidence: 0.95 },
      suggestion: { kind: 'event', event: 'reply', applicationId: action.applicationId, note: 'Reply from Sam', returnDate: null, address: null, hard: false, contactId: null },
      status: 'review',
      eventId: null,
      applicationId: action.applicationId,
      createdAt: '2026-11-23T14:31:00.000Z',
      updatedAt: '2026-11-23T14:31:00.000Z',
    },
  ]);
  await rt.deps.db.putMailAccount({
    account: {
      address: mailbox.address,
      name: mailbox.name,
      smtp: { host: 'smtp.example.org', port: 465, security: 'tls', user: mailbox.address },
      imap: { host: 'imap.example.org', port: 993, security: 'tls', user: mailbox.address },
      sentFolder: null,
      sentCopy: 'auto',
      dailyCap: 20,
      companyGapMinutes: 60,
      folders: ['INBOX'],
      updatedAt: NOW,
    },
    sealedPassword: 'SEALED-SECRET',
  });
}

describe('backup and restore', () => {
  it('round-trips: export, restore into an empty store, export again gives the same bytes', async () => {
    await fill(pair.source);
    const first = await exportJson(pair.source.deps);
    const summary = await restoreBackup(pair.target.deps, first);
    expect(summary).toMatchObject({ settings: true, profile: true, actionStates: 2, outbox: 1, mailRecords: 1 });
    expect(first).not.toContain('SEALED-SECRET');
    expect(await pair.target.deps.db.getMailAccount()).toBeNull();
    expect((await pair.target.deps.db.listMailRecords({ status: 'review' })).map((r) => r.id)).toEqual(['m1']);
    expect(summary.applications).toBeGreaterThan(10);
    expect(await exportJson(pair.target.deps)).toBe(first);
    // The restored store plans as the original does: the same agenda, and still the same export after it.
    expect(await today(pair.target.deps)).toEqual(await today(pair.source.deps));
    expect(await exportJson(pair.target.deps)).toBe(first);
  });

  it('refuses a store that holds applications, and writes nothing', async () => {
    await fill(pair.source);
    const text = await exportJson(pair.source.deps);
    await importCsv(pair.target.deps, readFileSync(new URL('../core/import/fixtures/huntr.csv', import.meta.url)));
    const before = await exportJson(pair.target.deps);
    await expect(restoreBackup(pair.target.deps, text)).rejects.toMatchObject({
      code: 'store_not_empty',
      field: 'store',
    });
    expect(await exportJson(pair.target.deps)).toBe(before);
  });

  it('names the problems of a file it cannot restore, by path', async () => {
    await fill(pair.source);
    const doc = JSON.parse(await exportJson(pair.source.deps)) as {
      applications: { company: unknown }[];
      contacts: { applicationId: string }[];
    };
    doc.applications[1]!.company = 42;
    await expect(restoreBackup(pair.target.deps, JSON.stringify(doc))).rejects.toMatchObject({
      code: 'validation',
      field: 'file',
      message: expect.stringContaining('applications[1].company: '),
    });
    await expect(restoreBackup(pair.target.deps, '{"format":"something-else"}')).rejects.toMatchObject({
      message: expect.stringContaining('not a hearback export'),
    });
    await expect(restoreBackup(pair.target.deps, 'not json')).rejects.toMatchObject({
      message: expect.stringContaining('the file is not JSON'),
    });
    expect(await pair.target.deps.db.countApplications()).toBe(0);
  });

  it('writes nothing when the restore fails half-way', async () => {
    await fill(pair.source);
    const broken = { ...pair.target.deps, db: failingStore(pair.target.deps.db, 'replacePlans') };
    await expect(restoreBackup(broken, await exportJson(pair.source.deps))).rejects.toThrow('disk full');
    expect(await pair.target.deps.db.countApplications()).toBe(0);
    expect(await pair.target.deps.db.getSettings()).toBeNull();
  });

  it('carries no calendar token or import keys: a restored store gets a new feed address', async () => {
    await fill(pair.source);
    await restoreBackup(pair.target.deps, await exportJson(pair.source.deps));
    expect(await pair.target.deps.db.getCalendarToken()).toBeNull();
    expect(await pair.target.deps.db.listImportKeys()).toEqual([]);
    expect(await calendarToken(pair.target.deps)).not.toBe(await calendarToken(pair.source.deps));
  });

  it('names the backup file by the day in the user’s zone', async () => {
    await updateSettings(pair.source.deps, { timezone: 'Pacific/Auckland' });
    expect(await backupFileName(pair.source.deps)).toBe('hearback-backup-2026-11-24.json');
  });
});
