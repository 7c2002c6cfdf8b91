import { afterEach, describe, expect, it } from 'vitest';
import { AppError } from '../../core/app-error';
import { FakeMail, temporary } from '../../../test/support/fake-mail';
import { mailWorld, type MailWorld } from '../../../test/support/mail-world';
import { runOutboxPass } from './outbox-pass';
import { queueSend } from './queue-send';

let world: MailWorld;
let fake: FakeMail;
afterEach(() => world?.cleanup());

const pass = () => runOutboxPass(world.rt.deps, world.session, { owner: 'w1', leaseMs: 60_000 });
const row = async () => (await world.rt.deps.db.getOutboxItem(world.followUp.id))!;
const offline = () => new AppError('mail_connect', 'SMTP: connection refused (127.0.0.1:1025)', { details: { ambiguous: false } });

/** Weekday and time of day in the recipient's zone (the world's applications are in New York). */
function newYork(iso: string): string {
  return new Intl.DateTimeFormat('en-US', { timeZone: 'America/New_York', weekday: 'short', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(new Date(iso));
}

describe('retries and deferrals', () => {
  it('does not count a server it could not reach as an attempt, however long it stays offline', async () => {
    fake = new FakeMail();
    world = await mailWorld(fake.kit());
    await queueSend(world.rt.deps, { actionId: world.followUp.id });
    for (let i = 0; i < 8; i++) {
      fake.failures.push(offline());
      world.rt.clock.set((await row()).sendAt);
      expect((await pass()).reports[0]).toMatchObject({ outcome: 'retry' });
    }
    expect(await row()).toMatchObject({ state: 'queued', attempts: 0 });
    world.rt.clock.set((await row()).sendAt);
    expect((await pass()).reports.map((r) => r.outcome)).toEqual(['sent']);
  });

  it.each([
    { name: 'a retry after a temporary failure', fail: () => fake.failures.push(temporary()), attempts: 3 },
    { name: 'a retry after the server was unreachable', fail: () => fake.failures.push(offline()), attempts: 4 },
  ])('moves $name that would land after the send window to the next business morning in the recipient zone', async ({ fail, attempts }) => {
    fake = new FakeMail();
    world = await mailWorld(fake.kit());
    await queueSend(world.rt.deps, { actionId: world.followUp.id });
    // Four attempts in, the next wait is an hour; fifteen minutes before the window closes, that is too late.
    await world.rt.deps.db.updateOutbox(world.followUp.id, { attempts, updatedAt: world.rt.clock.now().toISOString() }, { states: ['queued'] });
    const closes = Date.parse(world.followUp.due.end);
    world.rt.clock.set(new Date(closes - 15 * 60_000).toISOString());
    fail();
    expect((await pass()).reports[0]).toMatchObject({ outcome: 'retry' });
    const { sendAt } = await row();
    expect(Date.parse(sendAt)).toBeGreaterThan(closes);
    expect(newYork(sendAt)).toMatch(/^(?:Mon|Tue|Wed|Thu|Fri),? 09:00$/);
  });

  it('moves a message held back by the gap between messages to one company to the next business morning', async () => {
    fake = new FakeMail();
    world = await mailWorld(fake.kit(), { companyGapMinutes: 120 });
    const second = await world.addApplied('Acme', 'lee@acme.io');
    const closes = Math.min(Date.parse(world.followUp.due.end), Date.parse(second.followUp.due.end));
    world.rt.clock.set(new Date(Math.max(Date.parse(second.followUp.due.start), closes - 15 * 60_000)).toISOString());
    await queueSend(world.rt.deps, { actionId: world.followUp.id });
    await queueSend(world.rt.deps, { actionId: second.followUp.id });
    expect((await pass()).reports.map((r) => r.outcome).sort()).toEqual(['deferred', 'sent']);
    const held = (await world.rt.deps.db.listOutbox({ states: ['queued'] }))[0]!;
    expect(Date.parse(held.sendAt)).toBeGreaterThan(closes);
    expect(newYork(held.sendAt)).toMatch(/^(?:Mon|Tue|Wed|Thu|Fri),? 09:00$/);
  });
});
