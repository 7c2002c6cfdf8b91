import { afterEach, describe, expect, it } from 'vitest';
import { FakeMail } from '../../../test/support/fake-mail';
import { greenhouseRejection, hedgedNews, replyInThread } from '../../../test/support/mail-fixtures';
import { mailWorld, type MailWorld } from '../../../test/support/mail-world';
import { checkInbox } from './check-inbox';
import { listRecentMail, listReviewItems } from './inbox-view';
import { viewMailAccount } from './mail-account-view';
import { runOutboxPass } from './outbox-pass';
import { countOutbox, listOutboxRows } from './outbox-view';
import { previewSend } from './preview-send';
import { queueSend } from './queue-send';
import { ACCOUNT_REMOVED, removeMailAccount } from './remove-mail-account';
import { undoMail } from './review-queue';

let world: MailWorld;
afterEach(() => world?.cleanup());
const setup = async () => (world = await mailWorld(new FakeMail().kit()));
const pass = () => runOutboxPass(world.rt.deps, world.session, { owner: 'w', leaseMs: 60_000 });

describe('what the web page reads about mail', () => {
  it('previews the exact send time and findings that approving then stores', async () => {
    await setup();
    world.rt.clock.set('2026-11-24T04:00:00Z');
    const preview = await previewSend(world.rt.deps, { actionId: world.followUp.id, subject: 'Checking in' });
    const queued = await queueSend(world.rt.deps, { actionId: world.followUp.id, subject: 'Checking in' });
    expect(preview).toMatchObject({ subject: 'Checking in', to: { name: 'Dana Smith', address: 'dana@acme.io' }, from: { name: 'Alex Doe', address: 'alex@me.example' }, zone: 'America/New_York', outbox: null, blocked: false });
    // Approved at 23:00 in New York, it waits for the next morning's send window there.
    expect(preview.sendAt).toBe(queued.item.sendAt);
    expect(preview.sendAt).toBe('2026-11-24T14:00:00.000Z');
    expect(preview.findings).toEqual(queued.findings);
    expect((await previewSend(world.rt.deps, { actionId: world.followUp.id })).outbox).toBe('queued');
  });

  it('lists open messages and those settled in the last 30 days, with the application and the recipient zone', async () => {
    await setup();
    await queueSend(world.rt.deps, { actionId: world.followUp.id });
    await pass();
    const other = await world.addApplied('Globex', 'lee@globex.example');
    await queueSend(world.rt.deps, { actionId: other.followUp.id });
    const rows = await listOutboxRows(world.rt.deps);
    expect(rows.map((r) => [r.company, r.state, r.zone])).toEqual([
      ['Acme', 'sent', 'America/New_York'],
      ['Globex', 'queued', 'America/New_York'],
    ]);
    expect(await countOutbox(world.rt.deps)).toMatchObject({ sent: 1, queued: 1, failed: 0 });
    world.rt.clock.set('2027-01-15T12:00:00Z');
    expect((await listOutboxRows(world.rt.deps)).map((r) => r.company)).toEqual(['Globex']);
  });

  it('removing the account cancels queued messages only, and keeps the record of sent ones', async () => {
    await setup();
    await queueSend(world.rt.deps, { actionId: world.followUp.id });
    await pass();
    const other = await world.addApplied('Globex', 'lee@globex.example');
    await queueSend(world.rt.deps, { actionId: other.followUp.id });
    expect(await removeMailAccount(world.rt.deps)).toEqual({ address: 'alex@me.example', cancelled: 1 });
    expect((await world.rt.deps.db.listOutbox()).map((i) => [i.state, i.reason])).toEqual([
      ['sent', null],
      ['cancelled', ACCOUNT_REMOVED],
    ]);
    expect(await viewMailAccount(world.rt.deps)).toEqual({ account: null, sentCopy: null, provider: null });
    await expect(removeMailAccount(world.rt.deps)).rejects.toMatchObject({ code: 'not_found', field: 'account' });
  });

  it('names the application of review items, and lists what can be undone newest first', async () => {
    const fake = new FakeMail();
    world = await mailWorld(fake.kit());
    const { item } = await queueSend(world.rt.deps, { actionId: world.followUp.id });
    await pass();
    world.rt.clock.set('2026-11-26T12:00:00Z');
    fake.deliver(replyInThread(item.messageId));
    fake.deliver(hedgedNews());
    await checkInbox(world.rt.deps, world.session);
    world.rt.clock.set('2026-11-26T13:00:00Z');
    fake.deliver(greenhouseRejection('Acme'));
    await checkInbox(world.rt.deps, world.session);
    expect((await listReviewItems(world.rt.deps)).map((r) => [r.messageId, r.application?.company])).toEqual([['maybe-1@acme.io', 'Acme']]);
    const recent = await listRecentMail(world.rt.deps);
    expect(recent.map((r) => r.messageId)).toEqual(['gh-rej-1@greenhouse-mail.io', 'reply-1@acme.io']);
    await undoMail(world.rt.deps, recent[0]?.id ?? '');
    expect((await listRecentMail(world.rt.deps)).map((r) => r.messageId)).toEqual(['reply-1@acme.io']);
  });
});
