import { afterEach, describe, expect, it } from 'vitest';
import { FakeMail, permanent, temporary } from '../../../test/support/fake-mail';
import { mailWorld, type MailWorld } from '../../../test/support/mail-world';
import { logEvent } from '../log-event';
import { decideOutbox } from './outbox-decisions';
import { runOutboxPass } from './outbox-pass';
import { queueSend } from './queue-send';
import { openMailSession } from './mail-session';

let world: MailWorld;
let fake: FakeMail;
afterEach(() => world?.cleanup());

async function setup(sentCopy: 'append' | 'provider' = 'append') {
  fake = new FakeMail();
  fake.providerSaves = sentCopy === 'provider';
  world = await mailWorld(fake.kit(), { sentCopy });
}

const pass = () => runOutboxPass(world.rt.deps, world.session, { owner: 'w1', leaseMs: 60_000 });
const row = () => world.rt.deps.db.getOutboxItem(world.followUp.id);
const later = (minutes: number) => world.rt.clock.set(new Date(world.rt.clock.now().getTime() + minutes * 60_000).toISOString());

/** Leaves the row as a worker that died mid-send would: sending, phase smtp, its lease run out. */
async function dieMidSend(): Promise<void> {
  const db = world.rt.deps.db;
  const now = world.rt.clock.now().toISOString();
  expect(await db.claimOutbox(world.followUp.id, { owner: 'dead', now, leaseUntil: new Date(Date.parse(now) + 1000).toISOString() }, 'queued')).toBe(true);
  await db.updateOutbox(world.followUp.id, { phase: 'smtp', attempts: 1, updatedAt: now }, { owner: 'dead' });
  later(1);
}

describe('the outbox', () => {
  it('sends an approved follow-up once, records it as done and saves a copy in Sent', async () => {
    await setup();
    const queued = await queueSend(world.rt.deps, { actionId: world.followUp.id });
    expect(queued.outcome).toBe('queued');
    expect(queued.item.messageId).toMatch(new RegExp(`^${world.followUp.id}\\.m\\w+@me\\.example$`));
    expect(queued.item.mail.to).toEqual({ name: 'Dana Smith', address: 'dana@acme.io' });
    expect((await pass()).reports).toEqual([{ actionId: world.followUp.id, outcome: 'sent', reason: null }]);
    expect(fake.sent.map((m) => m.messageId)).toEqual([queued.item.messageId]);
    expect(fake.sentFolder.has(queued.item.messageId)).toBe(true);
    expect(await row()).toMatchObject({ state: 'sent', smtpResponse: '250 2.0.0 queued', attempts: 1, leaseOwner: null });
    const events = await world.rt.deps.db.listEvents({ applicationId: world.app.id });
    expect(events.filter((e) => e.kind === 'follow_up_sent')).toMatchObject([{ source: 'mail', data: { actionId: world.followUp.id, messageId: queued.item.messageId } }]);
    expect(await world.rt.deps.db.getAction(world.followUp.id)).toBeNull();
    expect((await pass()).reports).toEqual([]);
    expect(fake.sent).toHaveLength(1);
  });

  it('keeps one row per action: approving again edits a queued message and leaves a sent one alone', async () => {
    await setup();
    const first = await queueSend(world.rt.deps, { actionId: world.followUp.id });
    const edited = await queueSend(world.rt.deps, { actionId: world.followUp.id, subject: 'Checking in on my application', body: 'Hello Dana,\n\nI wanted to check in.\n\nBest regards,\nAlex Doe' });
    expect(edited.outcome).toBe('updated');
    expect(edited.item.messageId).toBe(first.item.messageId);
    expect(edited.item.mail.subject).toBe('Checking in on my application');
    await pass();
    expect((await queueSend(world.rt.deps, { actionId: world.followUp.id }).catch((e: unknown) => e)) as Error).toMatchObject({ code: 'not_found' });
    expect(fake.sent).toHaveLength(1);
    expect(await world.rt.deps.db.listOutbox()).toHaveLength(1);
  });

  it('cancels the send when a reply came in after approval, and says why', async () => {
    await setup();
    await queueSend(world.rt.deps, { actionId: world.followUp.id });
    later(30);
    await logEvent(world.rt.deps, { applicationId: world.app.id, kind: 'reply' });
    const result = await pass();
    expect(result.reports).toEqual([{ actionId: world.followUp.id, outcome: 'cancelled', reason: expect.stringMatching(/^a reply came in on \d{4}-\d\d-\d\d, after you approved this follow-up$/) }]);
    expect(fake.sent).toEqual([]);
    expect(await row()).toMatchObject({ state: 'cancelled' });
  });

  it('retries a 4xx later with backoff, and surfaces a 5xx', async () => {
    await setup();
    await queueSend(world.rt.deps, { actionId: world.followUp.id });
    fake.failures.push(temporary());
    expect((await pass()).reports[0]).toMatchObject({ outcome: 'retry', reason: expect.stringContaining('451') });
    expect(await row()).toMatchObject({ state: 'queued', attempts: 1 });
    expect((await pass()).reports).toEqual([]);
    later(2);
    fake.failures.push(permanent());
    expect((await pass()).reports[0]).toMatchObject({ outcome: 'failed', reason: expect.stringContaining('550') });
    expect(await row()).toMatchObject({ state: 'failed', attempts: 2, smtpResponse: '550 no such user' });
    expect(fake.sent).toEqual([]);
  });

  it('after a crash mid-send, finds the message in Sent and records it once', async () => {
    await setup();
    const { item } = await queueSend(world.rt.deps, { actionId: world.followUp.id });
    await dieMidSend();
    fake.sentFolder.add(item.messageId);
    expect((await pass()).reports).toEqual([{ actionId: item.actionId, outcome: 'sent', reason: 'found in Sent after an interruption' }]);
    expect(fake.sent).toEqual([]);
    expect((await world.rt.deps.db.listEvents()).filter((e) => e.kind === 'follow_up_sent')).toHaveLength(1);
  });

  it('asks the user when the copy is saved after sending and is missing, or Sent cannot be searched', async () => {
    await setup('append');
    await queueSend(world.rt.deps, { actionId: world.followUp.id });
    await dieMidSend();
    expect((await pass()).reports[0]).toMatchObject({ outcome: 'needs_decision', reason: expect.stringContaining('hearback mail decide') });
    expect(fake.sent).toEqual([]);
    await decideOutbox(world.rt.deps, world.followUp.id, 'resend');
    await dieMidSend();
    fake.searchFails = true;
    expect((await pass()).reports[0]).toMatchObject({ outcome: 'needs_decision', reason: expect.stringContaining('could not search the Sent folder') });
    expect(await row()).toMatchObject({ state: 'needs_decision' });
    expect((await pass()).reports).toEqual([]);
    expect(await decideOutbox(world.rt.deps, world.followUp.id, 'sent')).toMatchObject({ state: 'sent' });
    expect((await world.rt.deps.db.listEvents()).filter((e) => e.kind === 'follow_up_sent')).toHaveLength(1);
    expect(fake.sent).toEqual([]);
  });

  it('sends again when the provider files sent mail itself and the message is not in Sent', async () => {
    await setup('provider');
    await queueSend(world.rt.deps, { actionId: world.followUp.id });
    await dieMidSend();
    const result = await pass();
    expect(result.reports.map((r) => r.outcome)).toEqual(['requeued']);
    expect((await pass()).reports.map((r) => r.outcome)).toEqual(['sent']);
    expect(fake.sent).toHaveLength(1);
  });

  it('queues again, unchecked, a row whose worker died before SMTP', async () => {
    await setup('append');
    await queueSend(world.rt.deps, { actionId: world.followUp.id });
    const now = world.rt.clock.now().toISOString();
    await world.rt.deps.db.claimOutbox(world.followUp.id, { owner: 'dead', now, leaseUntil: new Date(Date.parse(now) + 1000).toISOString() }, 'queued');
    later(1);
    fake.searchFails = true;
    expect((await pass()).reports.map((r) => r.outcome)).toEqual(['requeued']);
    expect((await pass()).reports.map((r) => r.outcome)).toEqual(['sent']);
  });

  it('settles a connection lost after DATA from the Sent folder, once the provider has had time to file it', async () => {
    await setup('provider');
    const { item } = await queueSend(world.rt.deps, { actionId: world.followUp.id });
    // The provider files its copy a little after accepting the message: a look in Sent at once would miss it.
    fake.providerSaves = false;
    fake.failures.push('crash');
    expect((await pass()).reports).toMatchObject([{ actionId: world.followUp.id, outcome: 'deferred', reason: expect.stringContaining('looks for it in Sent in a few minutes') }]);
    fake.sentFolder.add(item.messageId);
    later(1);
    expect((await pass()).reports).toEqual([]);
    later(5);
    expect((await pass()).reports).toEqual([{ actionId: world.followUp.id, outcome: 'sent', reason: 'found in Sent after an interruption' }]);
    expect(fake.sent).toHaveLength(1);
  });

  it('paces sends: a daily cap, and a gap between messages to one company', async () => {
    fake = new FakeMail();
    world = await mailWorld(fake.kit(), { dailyCap: 1, companyGapMinutes: 0 });
    const other = await world.addApplied('Globex', 'hank@globex.io');
    await queueSend(world.rt.deps, { actionId: world.followUp.id });
    world.rt.clock.set(new Date(Math.max(Date.parse(other.followUp.due.start), world.rt.clock.now().getTime()) + 60_000).toISOString());
    await queueSend(world.rt.deps, { actionId: other.followUp.id });
    const result = await pass();
    expect(result.reports.map((r) => r.outcome).sort()).toEqual(['deferred', 'sent']);
    expect(result.reports.find((r) => r.outcome === 'deferred')?.reason).toBe('the daily cap of 1 messages is reached');
    expect(fake.sent).toHaveLength(1);
    const session = await openMailSession(world.rt.deps, world.kit);
    expect(session.account.dailyCap).toBe(1);
  });

  it('waits for the due window when approved early', async () => {
    await setup();
    world.rt.clock.set(new Date(Date.parse(world.followUp.due.start) - 3 * 3_600_000).toISOString());
    const { item } = await queueSend(world.rt.deps, { actionId: world.followUp.id });
    expect(Date.parse(item.sendAt)).toBe(Date.parse(world.followUp.due.start));
    expect((await pass()).reports).toEqual([]);
    world.rt.clock.set(world.followUp.due.start);
    expect((await pass()).reports.map((r) => r.outcome)).toEqual(['sent']);
  });
});
