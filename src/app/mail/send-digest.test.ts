import { afterEach, describe, expect, it } from 'vitest';
import { AppError } from '../../core/app-error';
import { FakeMail, permanent } from '../../../test/support/fake-mail';
import { mailWorld, type MailWorld } from '../../../test/support/mail-world';
import { loadSettings } from '../settings';
import { getDigestState, setDigestPreferences } from './digest-preferences';
import { sendDailyDigestIfDue, sendDigestNow } from './send-digest';

let world: MailWorld;
let fake: FakeMail;
afterEach(() => world?.cleanup());

const APP_URL = 'http://127.0.0.1:4720';

async function setup(): Promise<void> {
  fake = new FakeMail();
  world = await mailWorld(fake.kit());
  await world.rt.deps.db.putSettings({ ...(await loadSettings(world.rt.deps)), timezone: 'America/New_York' });
}

/** Sets the clock to this wall time in New York on the day the world's follow-up is due. */
function at(localTime: string): void {
  const day = world.followUp.due.start.slice(0, 10);
  world.rt.clock.set(new Date(`${day}T${localTime}:00-05:00`).toISOString());
}

describe('the morning digest by e-mail', () => {
  it('sends today’s actions to the account’s own address, with links to the web app', async () => {
    await setup();
    const sent = await sendDigestNow(world.rt.deps, world.session, { appUrl: APP_URL });
    expect(fake.sent).toHaveLength(1);
    const mail = fake.sent[0]!;
    expect(mail.to.address).toBe('alex@me.example');
    expect(mail.from.address).toBe('alex@me.example');
    expect(mail.subject).toMatch(/^hearback: 1 thing to do today/);
    expect(mail.text).toContain('Acme — Senior Backend Engineer');
    expect(mail.text).toContain(`${APP_URL}/#/applications/${world.app.id}`);
    expect(sent).toMatchObject({ kind: 'sent', to: 'alex@me.example', due: 1, messageId: mail.messageId });
    expect((await getDigestState(world.rt.deps)).lastSentDay).toBe(sent.day);
  });

  it('sends the scheduled digest once a day, after its time on the user’s clock', async () => {
    await setup();
    await setDigestPreferences(world.rt.deps, { enabled: true, time: '08:30' });
    const run = () => sendDailyDigestIfDue(world.rt.deps, world.session, { appUrl: APP_URL });
    at('08:00');
    expect(await run()).toEqual({ kind: 'skip', reason: 'not_yet' });
    at('08:31');
    expect(await run()).toMatchObject({ kind: 'sent' });
    at('09:15');
    expect(await run()).toEqual({ kind: 'skip', reason: 'already_sent' });
    expect(fake.sent).toHaveLength(1);
  });

  it('goes to the address in the preferences when one is set', async () => {
    await setup();
    await setDigestPreferences(world.rt.deps, { enabled: true, time: '00:00', to: 'alex.phone@me.example' });
    await sendDailyDigestIfDue(world.rt.deps, world.session, { appUrl: APP_URL });
    expect(fake.sent.map((m) => m.to.address)).toEqual(['alex.phone@me.example']);
  });

  it('sends nothing on a day with nothing due, and does not look again that day', async () => {
    await setup();
    await world.rt.deps.db.deleteApplication(world.app.id);
    await setDigestPreferences(world.rt.deps, { enabled: true, time: '00:00' });
    expect(await sendDailyDigestIfDue(world.rt.deps, world.session, { appUrl: APP_URL })).toEqual({ kind: 'skip', reason: 'nothing_due' });
    expect(await sendDailyDigestIfDue(world.rt.deps, world.session, { appUrl: APP_URL })).toEqual({ kind: 'skip', reason: 'already_sent' });
    expect(fake.sent).toHaveLength(0);
  });

  it('gives the day back when the server refused the message, so the next pass tries again', async () => {
    await setup();
    await setDigestPreferences(world.rt.deps, { enabled: true, time: '00:00' });
    fake.failures.push(permanent());
    await expect(sendDailyDigestIfDue(world.rt.deps, world.session, { appUrl: APP_URL })).rejects.toMatchObject({ code: 'mail_permanent' });
    expect((await getDigestState(world.rt.deps)).lastSentDay).toBeNull();
    expect(await sendDailyDigestIfDue(world.rt.deps, world.session, { appUrl: APP_URL })).toMatchObject({ kind: 'sent' });
    expect(fake.sent).toHaveLength(1);
  });

  it('keeps the day when the connection broke after the message was handed over: never twice', async () => {
    await setup();
    await setDigestPreferences(world.rt.deps, { enabled: true, time: '00:00' });
    fake.failures.push(new AppError('mail_connect', 'connection reset after DATA', { details: { ambiguous: true } }));
    await expect(sendDailyDigestIfDue(world.rt.deps, world.session, { appUrl: APP_URL })).rejects.toMatchObject({ code: 'mail_connect' });
    expect(await sendDailyDigestIfDue(world.rt.deps, world.session, { appUrl: APP_URL })).toEqual({ kind: 'skip', reason: 'already_sent' });
  });

  it('refuses a time that is not HH:MM, naming the field', async () => {
    await setup();
    await expect(setDigestPreferences(world.rt.deps, { time: '8am' })).rejects.toMatchObject({ code: 'validation', field: 'time' });
    await expect(setDigestPreferences(world.rt.deps, { to: 'not-an-address' })).rejects.toMatchObject({ code: 'validation', field: 'to' });
  });
});
