import { describe, expect, it } from 'vitest';
import type { MailAccount, MailRecord, OutboxItem } from '../../ports/mail-records';
import type { ContractContext } from './context';
import { expectAppError } from './expect-app-error';
import { action, application, uniqueId } from './fixtures';

export function mailAccount(overrides: Partial<MailAccount> = {}): MailAccount {
  return {
    address: 'alex@example.com',
    name: 'Alex Doe',
    smtp: { host: 'smtp.example.com', port: 465, security: 'tls', user: 'alex@example.com' },
    imap: { host: 'imap.example.com', port: 993, security: 'tls', user: 'alex@example.com' },
    sentFolder: null,
    sentCopy: 'auto',
    dailyCap: 25,
    companyGapMinutes: 120,
    folders: ['INBOX'],
    updatedAt: '2026-03-02T08:15:00Z',
    ...overrides,
  };
}

export function outboxItem(applicationId: string, overrides: Partial<OutboxItem> = {}): OutboxItem {
  const planned = action(applicationId);
  return {
    actionId: planned.id,
    applicationId,
    messageId: `${planned.id}.${uniqueId('m')}@example.com`,
    state: 'queued',
    action: planned,
    mail: {
      from: { name: 'Alex Doe', address: 'alex@example.com' },
      to: { name: 'Dana Ölund', address: 'dana@example.com' },
      subject: 'Following up — "Backend" role ✓',
      text: 'Hello Dana,\n\nLine two.\n',
      inReplyTo: null,
      references: [],
    },
    companyKey: 'muller sohne',
    approvedAt: '2026-03-09T08:00:00Z',
    sendAt: '2026-03-09T09:00:00+01:00',
    attempts: 0,
    phase: null,
    leaseOwner: null,
    leaseUntil: null,
    sentAt: null,
    smtpResponse: null,
    reason: null,
    updatedAt: '2026-03-09T08:00:00Z',
    ...overrides,
  };
}

export function mailRecord(overrides: Partial<MailRecord> = {}): MailRecord {
  return {
    id: uniqueId('mail'),
    messageId: `${uniqueId('msg')}@mail.example.com`,
    source: 'imap',
    receivedAt: '2026-03-10T10:00:00Z',
    from: 'jobs@acme.example',
    subject: 'Your application — next steps',
    verdict: { kind: 'rejection', confidence: 0.72, tier: 'medium', evidence: [{ rule: 'rejection.phrase', detail: 'not moving forward' }], returnDate: null, failedRecipient: null },
    link: { applicationId: 'app-1', via: 'domain', confidence: 0.8 },
    suggestion: { kind: 'event', event: 'rejection', applicationId: 'app-1', note: 'Rejection from jobs@acme.example: "Your application"', returnDate: null, address: null, hard: true, contactId: null },
    status: 'review',
    eventId: null,
    applicationId: 'app-1',
    createdAt: '2026-03-10T10:00:05Z',
    updatedAt: '2026-03-10T10:00:05Z',
    ...overrides,
  };
}

const claim = (owner: string, now: string, leaseUntil: string) => ({ owner, now, leaseUntil });

/** The mail account, the outbox with its leases, the inbox cursors and records, and mbox import progress. */
export function describeMail(context: ContractContext): void {
  describe('mail', () => {
    it('keeps one mail account per user, replaces it, and deletes it', async () => {
      const [a, b] = [await context.newUser(), await context.newUser()];
      expect(await a.getMailAccount()).toBeNull();
      const stored = { account: mailAccount(), sealedPassword: 'v1.sealed' };
      await a.putMailAccount(stored);
      expect(await a.getMailAccount()).toStrictEqual(stored);
      const changed = { account: mailAccount({ dailyCap: 5, sentFolder: '[Gmail]/Sent Mail' }), sealedPassword: 'v1.other' };
      await a.putMailAccount(changed);
      expect(await a.getMailAccount()).toStrictEqual(changed);
      expect(await b.getMailAccount()).toBeNull();
      await a.deleteMailAccount();
      expect(await a.getMailAccount()).toBeNull();
    });

    it('queues one row per action, whatever the number of approvals', async () => {
      const user = await context.newUser();
      const app = application();
      await user.insertApplication(app);
      const item = outboxItem(app.id);
      expect(await user.queueOutbox(item)).toStrictEqual({ item, created: true });
      const again = await user.queueOutbox({ ...item, messageId: 'other@example.com', sendAt: '2026-03-10T09:00:00Z' });
      expect(again).toStrictEqual({ item, created: false });
      expect(await user.listOutbox()).toStrictEqual([item]);
      expect(await user.getOutboxItem(item.actionId)).toStrictEqual(item);
      await expectAppError(user.queueOutbox(outboxItem(app.id, { messageId: item.messageId })), 'conflict');
    });

    it('lets exactly one worker claim a due row, and none claim a row not yet due', async () => {
      const user = await context.newUser();
      const app = application();
      await user.insertApplication(app);
      const due = outboxItem(app.id, { sendAt: '2026-03-09T08:00:00Z' });
      const later = outboxItem(app.id, { sendAt: '2026-03-09T12:00:00Z' });
      await user.queueOutbox(due);
      await user.queueOutbox(later);
      const now = '2026-03-09T09:00:00Z';
      expect((await user.listOutboxDue(now, 10)).map((i) => i.actionId)).toEqual([due.actionId]);
      const wins = await Promise.all(
        ['w1', 'w2', 'w3'].map((w) => user.claimOutbox(due.actionId, claim(w, now, '2026-03-09T09:02:00Z'), 'queued')),
      );
      expect(wins.filter(Boolean)).toHaveLength(1);
      expect(await user.claimOutbox(later.actionId, claim('w1', now, '2026-03-09T09:02:00Z'), 'queued')).toBe(false);
      const claimed = await user.getOutboxItem(due.actionId);
      expect(claimed).toMatchObject({ state: 'sending', phase: 'claimed', leaseUntil: '2026-03-09T09:02:00Z' });
      expect(await user.listOutboxDue(now, 10)).toEqual([]);
      expect(await user.updateOutbox(due.actionId, { state: 'queued', updatedAt: now }, { states: ['queued', 'cancelled'] })).toBe(false);
      expect(await user.updateOutbox(later.actionId, { state: 'cancelled', reason: 'by you', updatedAt: now }, { states: ['queued'] })).toBe(true);
      expect(await user.getOutboxItem(later.actionId)).toMatchObject({ state: 'cancelled', reason: 'by you' });
    });

    it('hands an expired lease to one other worker, and fences the first one out', async () => {
      const user = await context.newUser();
      const app = application();
      await user.insertApplication(app);
      const item = outboxItem(app.id, { sendAt: '2026-03-09T08:00:00Z' });
      await user.queueOutbox(item);
      expect(await user.claimOutbox(item.actionId, claim('w1', '2026-03-09T09:00:00Z', '2026-03-09T09:01:00Z'), 'queued')).toBe(true);
      expect(await user.updateOutbox(item.actionId, { phase: 'smtp', attempts: 1, updatedAt: '2026-03-09T09:00:01Z' }, { owner: 'w1' })).toBe(true);
      expect(await user.claimOutbox(item.actionId, claim('w2', '2026-03-09T09:00:30Z', '2026-03-09T09:02:00Z'), 'expired')).toBe(false);
      const later = '2026-03-09T09:05:00Z';
      expect((await user.listOutboxDue(later, 10)).map((i) => i.actionId)).toEqual([item.actionId]);
      expect(await context.store.listUsersWithDueMail(later)).toContain(user.userId);
      expect(await user.claimOutbox(item.actionId, claim('w2', later, '2026-03-09T09:06:00Z'), 'expired')).toBe(true);
      expect(await user.updateOutbox(item.actionId, { state: 'sent', updatedAt: later }, { owner: 'w1' })).toBe(false);
      expect(await user.getOutboxItem(item.actionId)).toMatchObject({ state: 'sending', phase: 'smtp', attempts: 1, leaseOwner: 'w2' });
      expect(await user.updateOutbox(item.actionId, { state: 'sent', sentAt: later, leaseOwner: null, leaseUntil: null, smtpResponse: '250 OK', updatedAt: later }, { owner: 'w2' })).toBe(true);
      expect(await user.getOutboxItem(item.actionId)).toMatchObject({ state: 'sent', sentAt: later, smtpResponse: '250 OK', leaseOwner: null });
      expect(await context.store.listUsersWithDueMail(later)).not.toContain(user.userId);
    });

    it('counts rows being sent and rows sent since an instant, and filters by state', async () => {
      const user = await context.newUser();
      const app = application();
      await user.insertApplication(app);
      const old = outboxItem(app.id, { state: 'sent', sentAt: '2026-03-08T09:00:00Z' });
      const recent = outboxItem(app.id, { state: 'sent', sentAt: '2026-03-09T08:00:00Z' });
      const sending = outboxItem(app.id, { state: 'sending', leaseOwner: 'w', leaseUntil: '2026-03-09T10:00:00Z' });
      const queued = outboxItem(app.id);
      for (const i of [old, recent, sending, queued]) await user.queueOutbox(i);
      const activity = await user.listOutboxActivity('2026-03-08T12:00:00Z');
      expect(activity.map((i) => i.actionId).sort()).toEqual([recent.actionId, sending.actionId].sort());
      expect((await user.listOutbox({ states: ['queued'] })).map((i) => i.actionId)).toEqual([queued.actionId]);
      expect(await user.listOutbox({ states: [] })).toEqual([]);
    });

    it('keeps outbox rows to their tenant, and drops them with their application', async () => {
      const [a, b] = [await context.newUser(), await context.newUser()];
      const app = application();
      await a.insertApplication(app);
      const item = outboxItem(app.id, { sendAt: '2026-03-09T08:00:00Z' });
      await a.queueOutbox(item);
      expect(await b.getOutboxItem(item.actionId)).toBeNull();
      expect(await b.listOutboxDue('2026-03-09T09:00:00Z', 10)).toEqual([]);
      expect(await b.claimOutbox(item.actionId, claim('w', '2026-03-09T09:00:00Z', '2026-03-09T09:01:00Z'), 'queued')).toBe(false);
      expect(await b.updateOutbox(item.actionId, { state: 'cancelled', updatedAt: '2026-03-09T09:00:00Z' }, { states: ['queued'] })).toBe(false);
      await expectAppError(b.queueOutbox(outboxItem(app.id)), 'not_found');
      await a.deleteApplication(app.id);
      expect(await a.listOutbox()).toEqual([]);
    });

    it('remembers each folder cursor, and each message once by Message-ID', async () => {
      const [a, b] = [await context.newUser(), await context.newUser()];
      expect(await a.getInboxFolder('INBOX')).toBeNull();
      await a.putInboxFolder({ folder: 'INBOX', uidValidity: '1795409176', lastUid: 41, updatedAt: '2026-03-10T10:00:00Z' });
      await a.putInboxFolder({ folder: 'INBOX', uidValidity: '1795409176', lastUid: 57, updatedAt: '2026-03-10T11:00:00Z' });
      expect(await a.getInboxFolder('INBOX')).toStrictEqual({ folder: 'INBOX', uidValidity: '1795409176', lastUid: 57, updatedAt: '2026-03-10T11:00:00Z' });
      expect(await b.getInboxFolder('INBOX')).toBeNull();

      const first = mailRecord();
      const ignored = mailRecord({ status: 'ignored', link: null, suggestion: null, applicationId: null, createdAt: '2026-03-10T10:00:06Z' });
      expect(await a.insertMailRecords([first, ignored, { ...first, id: uniqueId('mail') }])).toStrictEqual([first, ignored]);
      expect(await a.insertMailRecords([first])).toEqual([]);
      expect(await a.listMailRecords()).toStrictEqual([first, ignored]);
      expect(await a.listMailRecords({ status: 'review' })).toStrictEqual([first]);
      expect(await a.knownMessageIds([first.messageId, 'unknown@x', ignored.messageId])).toEqual(new Set([first.messageId, ignored.messageId]));
      const accepted = { ...first, status: 'accepted' as const, eventId: 'event-1', updatedAt: '2026-03-11T09:00:00Z' };
      await a.updateMailRecord(accepted);
      expect(await a.getMailRecord(first.id)).toStrictEqual(accepted);
      expect(await b.getMailRecord(first.id)).toBeNull();
      expect(await b.knownMessageIds([first.messageId])).toEqual(new Set());
      expect(await b.insertMailRecords([first])).toStrictEqual([first]);
    });

    it('keeps mbox import progress per file', async () => {
      const [a, b] = [await context.newUser(), await context.newUser()];
      const progress = {
        fileKey: 'k1',
        path: '/home/alex/Takeout/All mail.mbox',
        size: 5_000_000_000,
        offset: 3_000_000_001,
        messages: 120_000,
        created: { applications: 12, events: 30, review: 4 },
        finished: false,
        startedAt: '2026-03-10T10:00:00Z',
        updatedAt: '2026-03-10T10:05:00Z',
      };
      await a.putMboxImport(progress);
      const done = { ...progress, offset: 5_000_000_000, finished: true, updatedAt: '2026-03-10T10:09:00Z' };
      await a.putMboxImport(done);
      expect(await a.getMboxImport('k1')).toStrictEqual(done);
      expect(await b.getMboxImport('k1')).toBeNull();
    });
  });
}
