import PostalMime from 'postal-mime';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { tempRuntime, type TempRuntime } from '../../test/support/temp-runtime';
import { addApplication } from './add-application';
import { composeDigest } from './digest';
import { digestMessage } from './digest-message';
import { updateProfile } from './profile';

const appUrl = 'http://127.0.0.1:4720';
let rt: TempRuntime;
beforeEach(async () => {
  // 07:00 in Berlin on Monday 23 November: the morning the digest is for.
  rt = await tempRuntime('2026-11-23T06:00:00Z', 'Europe/Berlin');
});
afterEach(() => rt.cleanup());

describe('composeDigest', () => {
  it('says nothing is due on an empty store', async () => {
    const digest = await composeDigest(rt.deps, { appUrl });
    expect(digest).toMatchObject({
      subject: 'hearback: nothing due today (Mon 23 Nov)',
      dueCount: 0,
      upcomingCount: 0,
      day: '2026-11-23',
    });
    expect(digest.text).toContain('Nothing is due today.');
  });

  it('lists today’s actions, overdue ones included, then what comes up, each with when, why and a link', async () => {
    await updateProfile(rt.deps, { name: 'Alex Doe' });
    const overdue = await addApplication(rt.deps, {
      company: 'Initech',
      role: 'Developer',
      appliedAt: '2026-11-04',
      timezone: 'Europe/Berlin',
      country: 'DE',
      contacts: [{ email: 'bill@initech.example' }],
    });
    const today = await addApplication(rt.deps, {
      company: 'Acme',
      role: 'Engineer',
      appliedAt: '2026-11-12',
      timezone: 'America/New_York',
      country: 'US',
      contacts: [{ email: 'dana@acme.example' }],
    });
    const soon = await addApplication(rt.deps, {
      company: 'Globex',
      role: 'SRE',
      appliedAt: '2026-11-17',
      timezone: 'Europe/Berlin',
      country: 'DE',
      contacts: [{ email: 'sam@globex.example' }],
    });
    const digest = await composeDigest(rt.deps, { appUrl, days: 7 });
    const [o, t, s] = [overdue.plan.actions[0]!, today.plan.actions[0]!, soon.plan.actions[0]!];
    expect(digest).toMatchObject({
      subject: 'hearback: 2 things to do today (Mon 23 Nov)',
      dueCount: 2,
      upcomingCount: 1,
    });
    expect(digest.text).toBe(
      [
        'Good morning, Alex.',
        'Today (2)',
        `1. Follow up with Initech — Developer\n   When: overdue since Wed 11 Nov, 09:00–11:30\n   Why: ${o.reason}\n   Open: ${appUrl}/#/applications/${o.applicationId}/actions/${o.id}`,
        `2. Follow up with Acme — Engineer\n   When: Mon 23 Nov, 15:00–17:30 (09:00 their time, America/New_York)\n   Why: ${t.reason}\n   Open: ${appUrl}/#/applications/${t.applicationId}/actions/${t.id}`,
        'Coming up in the next 7 days (1)',
        `3. Follow up with Globex — SRE\n   When: Tue 24 Nov, 09:00–11:30\n   Why: ${s.reason}\n   Open: ${appUrl}/#/applications/${s.applicationId}/actions/${s.id}`,
        `Everything, with drafts: ${appUrl}/\n-- \nhearback: follow up until you hear back.\n`,
      ].join('\n\n'),
    );
    expect(await composeDigest(rt.deps, { appUrl, days: 7 })).toEqual(digest);
  });
});

describe('digestMessage', () => {
  it('builds an e-mail an independent parser reads back, the same bytes each time', async () => {
    await addApplication(rt.deps, {
      company: 'Société Générale',
      role: 'Ingénieur',
      appliedAt: '2026-11-12',
      timezone: 'Europe/Paris',
      country: 'FR',
      contacts: [{ email: 'rh@sg.example' }],
    });
    const digest = await composeDigest(rt.deps, { appUrl });
    const eml = await digestMessage(digest, 'local', { to: 'Alex <alex@example.org>' });
    expect((await digestMessage(digest, 'local', { to: 'Alex <alex@example.org>' })).equals(eml)).toBe(true);
    const mail = await PostalMime.parse(eml);
    expect(mail.subject).toBe(digest.subject);
    expect(mail.text).toBe(digest.text);
    expect(mail.to).toEqual([{ address: 'alex@example.org', name: 'Alex' }]);
    expect(mail.messageId).toBe('<digest-2026-11-23.local@hearback.invalid>');
    expect(new Date(mail.date!).toISOString()).toBe('2026-11-23T06:00:00.000Z');
    expect(mail.headers.find((h) => h.key === 'auto-submitted')?.value).toBe('auto-generated');
  });

  it('names a bad recipient', async () => {
    const digest = await composeDigest(rt.deps, { appUrl });
    await expect(digestMessage(digest, 'local', { to: 'not an address' })).rejects.toMatchObject({
      code: 'validation',
      field: 'to',
    });
  });
});
