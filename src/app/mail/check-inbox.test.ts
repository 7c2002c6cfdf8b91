import { afterEach, describe, expect, it } from 'vitest';
import { FakeMail } from '../../../test/support/fake-mail';
import { bounce, greenhouseAck, greenhouseRejection, hedgedNews, newsletter, outOfOffice, replyInThread } from '../../../test/support/mail-fixtures';
import { mailWorld, type MailWorld } from '../../../test/support/mail-world';
import { checkInbox } from './check-inbox';
import { runOutboxPass } from './outbox-pass';
import { queueSend } from './queue-send';
import { acceptReview, dismissReview, listReview, undoMail } from './review-queue';

let world: MailWorld;
let fake: FakeMail;
afterEach(() => world?.cleanup());

/** A world where the first follow-up went out, so replies can answer it. */
async function afterFollowUp(): Promise<string> {
  fake = new FakeMail();
  world = await mailWorld(fake.kit());
  const { item } = await queueSend(world.rt.deps, { actionId: world.followUp.id });
  await runOutboxPass(world.rt.deps, world.session, { owner: 'w', leaseMs: 60_000 });
  world.rt.clock.set('2026-11-26T12:00:00Z');
  return item.messageId;
}

const events = async () => (await world.rt.deps.db.listEvents({ applicationId: world.app.id })).map((e) => e.kind);

describe('checkInbox', () => {
  it('applies sure verdicts as events, queues medium ones for review, ignores the rest, and reads nothing twice', async () => {
    const sent = await afterFollowUp();
    fake.deliver(outOfOffice(sent));
    fake.deliver(replyInThread(sent));
    fake.deliver(greenhouseRejection('Acme'));
    fake.deliver(newsletter());
    fake.deliver(hedgedNews());
    const pass = await checkInbox(world.rt.deps, world.session);
    expect(pass.read).toBe(5);
    expect(pass.applied.map((r) => r.verdict.kind)).toEqual(['auto_reply', 'human_reply', 'rejection']);
    expect(pass.applied[0]?.suggestion).toMatchObject({ event: 'auto_reply', returnDate: '2026-12-07' });
    expect(pass.review.map((r) => r.messageId)).toEqual(['maybe-1@acme.io']);
    expect(pass.ignored).toBe(1);
    expect(await events()).toEqual(['applied', 'follow_up_sent', 'auto_reply', 'reply', 'rejection']);
    const reply = (await world.rt.deps.db.listEvents()).find((e) => e.kind === 'reply');
    expect(reply).toMatchObject({ source: 'mail', data: { messageId: 'reply-1@acme.io', contactId: expect.any(String) } });
    expect((await world.rt.deps.db.getApplication(world.app.id))?.stage).toBe('rejected');

    const again = await checkInbox(world.rt.deps, world.session);
    expect(again).toMatchObject({ read: 0, applied: [], review: [], ignored: 0 });
    fake.uidValidity = '2';
    const reset = await checkInbox(world.rt.deps, world.session);
    expect(reset).toMatchObject({ read: 0, reset: ['INBOX'] });
    expect(await events()).toHaveLength(5);
  });

  it('ignores your own messages, even in a thread it knows', async () => {
    const sent = await afterFollowUp();
    fake.deliver(replyInThread(sent, 'self-1@me.example').replace('From: Dana Smith <dana@acme.io>', 'From: Alex Doe <alex@me.example>'));
    const pass = await checkInbox(world.rt.deps, world.session);
    expect(pass).toMatchObject({ read: 1, applied: [], review: [], ignored: 1 });
    expect(await events()).toEqual(['applied', 'follow_up_sent']);
  });

  it('records a bounce against the address, which the plan then avoids', async () => {
    const sent = await afterFollowUp();
    fake.deliver(bounce(sent));
    const pass = await checkInbox(world.rt.deps, world.session);
    expect(pass.applied.map((r) => r.suggestion)).toMatchObject([{ event: 'bounce', address: 'dana@acme.io', hard: true }]);
    const plan = await world.rt.deps.db.listActions({ applicationId: world.app.id });
    expect(plan.every((s) => s.action.contact?.email !== 'dana@acme.io')).toBe(true);
  });

  it('an auto-reply moves the chain past the return date; a reply restarts it from the reply', async () => {
    const sent = await afterFollowUp();
    fake.deliver(outOfOffice(sent));
    await checkInbox(world.rt.deps, world.session);
    const chasers = async () => (await world.rt.deps.db.listActions({ applicationId: world.app.id })).filter((s) => s.action.kind === 'follow_up').map((s) => s.action);
    const moved = await chasers();
    expect(moved).toHaveLength(1);
    expect(moved[0]!.due.start >= '2026-12-07').toBe(true);
    fake.deliver(replyInThread(sent));
    await checkInbox(world.rt.deps, world.session);
    const restarted = await chasers();
    expect(restarted.map((a) => a.reason)).toEqual([expect.stringContaining('since their last reply')]);
  });

  it('lets the user accept, dismiss and undo', async () => {
    await afterFollowUp();
    fake.deliver(hedgedNews());
    fake.deliver(greenhouseAck('Initech', 'Data Engineer', 'ack-9@greenhouse-mail.io', 'Wed, 25 Nov 2026 09:00:00 +0000'));
    await checkInbox(world.rt.deps, world.session);
    const [maybe, ack] = await listReview(world.rt.deps);
    expect(ack?.suggestion).toMatchObject({ kind: 'application', company: 'Initech', role: 'Data Engineer' });
    const accepted = await acceptReview(world.rt.deps, maybe!.id);
    expect(accepted).toMatchObject({ status: 'accepted', eventId: expect.any(String) });
    expect(await events()).toContain('rejection');
    await undoMail(world.rt.deps, maybe!.id);
    expect(await events()).not.toContain('rejection');
    expect((await world.rt.deps.db.getApplication(world.app.id))?.stage).toBe('applied');
    const created = await acceptReview(world.rt.deps, ack!.id);
    expect((await world.rt.deps.db.getApplication(created.applicationId!))).toMatchObject({ company: 'Initech', role: 'Data Engineer', stage: 'applied' });
    expect(await listReview(world.rt.deps)).toEqual([]);
    await expect(dismissReview(world.rt.deps, ack!.id)).rejects.toMatchObject({ code: 'conflict' });
  });
});
