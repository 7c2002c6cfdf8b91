import ICAL from 'ical.js';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { tempRuntime, type TempRuntime } from '../../test/support/temp-runtime';
import { skip, snooze } from './act-on-action';
import { addApplication } from './add-application';
import { calendarFeedUrl, calendarToken, findCalendarUser } from './calendar-token';
import { icalCalendar, icalFeed } from './ical-feed';
import { logEvent } from './log-event';

const appUrl = 'http://127.0.0.1:4720';
let rt: TempRuntime;
beforeEach(async () => {
  rt = await tempRuntime('2026-03-02T15:00:00Z', 'Europe/Berlin');
  // Two applications in New York, where the clocks change on 8 March: the first follow-up of one falls
  // before the change (09:00 EST, 14:00Z), the other's after it (09:00 EDT, 13:00Z).
  for (const appliedAt of ['2026-02-25', '2026-02-27']) {
    await addApplication(rt.deps, {
      company: 'Acme',
      role: 'Engineer',
      appliedAt,
      timezone: 'America/New_York',
      country: 'US',
      contacts: [{ name: 'Dana Smith', email: 'dana@acme.example' }],
    });
  }
});
afterEach(() => rt.cleanup());

/** Reads the feed back with ical.js, an implementation independent of the one that wrote it. */
function parse(ics: string) {
  const calendar = new ICAL.Component(ICAL.parse(ics));
  return calendar.getAllSubcomponents('vevent').map((vevent) => {
    const event = new ICAL.Event(vevent);
    return {
      uid: event.uid,
      sequence: event.sequence,
      summary: event.summary,
      url: String(vevent.getFirstPropertyValue('url')),
      start: event.startDate.toJSDate().toISOString(),
      end: event.endDate.toJSDate().toISOString(),
      local: event.startDate.toString(),
      zone: event.startDate.zone?.tzid,
    };
  });
}

describe('the calendar feed', () => {
  it('carries every live action at its instant, in the recipient’s zone, across the DST change', async () => {
    const actions = (await rt.deps.db.listActions()).map((s) => s.action);
    const events = parse(await icalCalendar(rt.deps, { appUrl }));
    expect(events.map((e) => [e.uid, e.start, e.end, e.zone])).toEqual(
      actions.map((a) => [
        `${a.id}@hearback`,
        new Date(a.due.start).toISOString(),
        new Date(a.due.end).toISOString(),
        'America/New_York',
      ]),
    );
    const change = Date.parse('2026-03-08T07:00:00Z');
    expect(events.some((e) => Date.parse(e.start) < change)).toBe(true);
    expect(events.some((e) => Date.parse(e.start) > change)).toBe(true);
    // The same wall-clock hour on both sides of the change, although the UTC offset moved by an hour.
    expect(new Set(events.map((e) => e.local.slice(11)))).toEqual(
      new Set([actions[0]!.due.start.slice(11, 19)]),
    );
    expect(events[0]).toMatchObject({
      summary: 'Follow up with Acme — Engineer',
      url: `${appUrl}/#/applications/${actions[0]!.applicationId}/actions/${actions[0]!.id}`,
    });
  });

  it('keeps UIDs and sequences across fetches, and grows the sequence when an action is snoozed later', async () => {
    const first = parse(await icalCalendar(rt.deps, { appUrl }));
    rt.clock.set('2026-03-02T16:00:00Z');
    const again = parse(await icalCalendar(rt.deps, { appUrl }));
    expect(again.map((e) => [e.uid, e.sequence])).toEqual(first.map((e) => [e.uid, 0]));
    const followUp = first[0]!.uid.replace('@hearback', '');
    await snooze(rt.deps, { actionId: followUp, until: '2026-03-12' });
    const moved = parse(await icalCalendar(rt.deps, { appUrl }));
    const event = moved.find((e) => e.uid === first[0]!.uid);
    expect(event?.sequence).toBe(1);
    expect(Date.parse(event!.start)).toBeGreaterThan(Date.parse(first[0]!.start));
    expect(
      parse(await icalCalendar(rt.deps, { appUrl })).find((e) => e.uid === first[0]!.uid)?.sequence,
    ).toBe(1);
  });

  it('leaves out skipped and expired actions', async () => {
    const [first] = parse(await icalCalendar(rt.deps, { appUrl }));
    await skip(rt.deps, { actionId: first!.uid.replace('@hearback', '') });
    expect(parse(await icalCalendar(rt.deps, { appUrl })).map((e) => e.uid)).not.toContain(first!.uid);
    const appId = (await rt.deps.db.listApplications())[0]!.id;
    await logEvent(rt.deps, {
      applicationId: appId,
      kind: 'interview',
      at: '2026-03-02T14:00:00Z',
      interviewers: [{ name: 'Dana Smith', email: 'dana@acme.example' }],
    });
    const thanks = (await rt.deps.db.listActions()).find((s) => s.action.kind === 'thank_you')!.action;
    expect(parse(await icalCalendar(rt.deps, { appUrl })).map((e) => e.uid)).toContain(
      `${thanks.id}@hearback`,
    );
    rt.clock.set(new Date(Date.parse(thanks.expiresAt!) + 1000).toISOString());
    expect(parse(await icalCalendar(rt.deps, { appUrl })).map((e) => e.uid)).not.toContain(
      `${thanks.id}@hearback`,
    );
  });
});

describe('the feed token', () => {
  it('serves the feed for the current token, finds its user, and refuses a wrong or rotated one as not_found', async () => {
    const token = await calendarToken(rt.deps);
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(await calendarToken(rt.deps)).toBe(token);
    expect(calendarFeedUrl(`${appUrl}/`, token)).toBe(`${appUrl}/ical/${token}.ics`);
    expect(await findCalendarUser(rt.store, `${token}.ics`)).toBe('local');
    expect(parse(await icalFeed(rt.deps, `${token}.ics`, { appUrl })).length).toBeGreaterThan(0);

    const wrong = `${token.slice(0, -1)}${token.endsWith('A') ? 'B' : 'A'}`;
    await expect(icalFeed(rt.deps, wrong, { appUrl })).rejects.toMatchObject({ code: 'not_found' });
    await expect(icalFeed(rt.deps, '../../etc/passwd', { appUrl })).rejects.toMatchObject({
      code: 'not_found',
    });
    expect(await findCalendarUser(rt.store, wrong)).toBeNull();

    const rotated = await calendarToken(rt.deps, { rotate: true });
    expect(rotated).not.toBe(token);
    await expect(icalFeed(rt.deps, token, { appUrl })).rejects.toMatchObject({ code: 'not_found' });
    expect(await findCalendarUser(rt.store, token)).toBeNull();
    expect(await findCalendarUser(rt.store, rotated)).toBe('local');
  });

  it('refuses every token before one was made', async () => {
    await expect(icalFeed(rt.deps, 'A'.repeat(43), { appUrl })).rejects.toMatchObject({ code: 'not_found' });
  });
});
