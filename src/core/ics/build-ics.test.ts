import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import ICAL from 'ical.js';
import type { Action } from '../model';
import { buildIcs } from './build-ics';
import type { IcsAction } from './build-ics';

const action = (id: string, start: string, end: string, patch: Partial<Action> = {}): Action => ({
  id,
  applicationId: 'app1',
  kind: 'follow_up',
  step: 1,
  channel: 'email',
  contact: { id: 'c1', name: 'Sam Lee', email: 'sam@acme.example', phone: null },
  alternative: null,
  due: { start, end },
  expiresAt: null,
  rule: 'follow_up.first',
  reason: 'A week since you applied.',
  sources: ['003_97cdc118eb895198.txt'],
  context: {},
  ...patch,
});
const item = (
  a: Action,
  timezone: string,
  sequence = 0,
  applicationLabel = 'Acme — Senior Engineer',
): IcsAction => ({ action: a, applicationLabel, sequence, timezone });
const build = (actions: IcsAction[]) =>
  buildIcs({
    calendarName: 'hearback — Alex',
    actions,
    appUrl: 'https://hearback.example/',
    now: '2026-03-01T12:00:00Z',
  });

/** Parses with ical.js, an independent implementation, and reads each event back. */
function parsed(ics: string) {
  const calendar = new ICAL.Component(ICAL.parse(ics));
  return calendar.getAllSubcomponents('vevent').map((vevent) => {
    const event = new ICAL.Event(vevent);
    return {
      uid: event.uid,
      summary: event.summary,
      description: event.description,
      url: vevent.getFirstPropertyValue('url'),
      sequence: event.sequence,
      stamp: (vevent.getFirstPropertyValue('dtstamp') as ICAL.Time).toJSDate().toISOString(),
      start: event.startDate.toJSDate().toISOString(),
      end: event.endDate.toJSDate().toISOString(),
      zone: event.startDate.zone?.tzid,
      localStart: event.startDate.toString(),
    };
  });
}

describe('buildIcs', () => {
  it.each([
    [
      'America/New_York across the March change',
      'America/New_York',
      [
        '2026-03-06T09:00:00-05:00',
        '2026-03-06T11:30:00-05:00',
        '2026-03-06T14:00:00.000Z',
        '2026-03-06T09:00:00',
      ],
      [
        '2026-03-09T09:00:00-04:00',
        '2026-03-09T11:30:00-04:00',
        '2026-03-09T13:00:00.000Z',
        '2026-03-09T09:00:00',
      ],
    ],
    [
      'Europe/Berlin across the October change',
      'Europe/Berlin',
      [
        '2026-10-23T09:00:00+02:00',
        '2026-10-23T11:30:00+02:00',
        '2026-10-23T07:00:00.000Z',
        '2026-10-23T09:00:00',
      ],
      [
        '2026-10-26T09:00:00+01:00',
        '2026-10-26T11:30:00+01:00',
        '2026-10-26T08:00:00.000Z',
        '2026-10-26T09:00:00',
      ],
    ],
  ])('keeps the same instants and 09:00 local time in %s', (_name, zone, before, after) => {
    const events = parsed(
      build([
        item(action('b', after[0] ?? '', after[1] ?? ''), zone),
        item(action('a', before[0] ?? '', before[1] ?? ''), zone),
      ]),
    );
    expect(events.map((e) => [e.uid, e.start, e.localStart, e.zone])).toEqual([
      ['a@hearback', before[2], before[3], zone],
      ['b@hearback', after[2], after[3], zone],
    ]);
    expect(events.map((e) => e.end)).toEqual([
      new Date(before[1] ?? '').toISOString(),
      new Date(after[1] ?? '').toISOString(),
    ]);
  });

  it('writes the due window in the recipient’s zone even when it was planned with another offset', () => {
    const [event] = parsed(
      build([item(action('a', '2026-06-01T13:00:00Z', '2026-06-01T15:30:00Z'), 'America/New_York')]),
    );
    expect(event).toMatchObject({
      zone: 'America/New_York',
      localStart: '2026-06-01T09:00:00',
      start: '2026-06-01T13:00:00.000Z',
    });
  });

  it('carries the title, reason, contact, sources, link, sequence and stamp', () => {
    const [event] = parsed(
      build([
        item(action('a/1', '2026-03-06T09:00:00-05:00', '2026-03-06T11:30:00-05:00'), 'America/New_York', 3),
      ]),
    );
    expect(event).toEqual({
      uid: 'a/1@hearback',
      summary: 'Follow up with Acme — Senior Engineer',
      description:
        'A week since you applied.\n\nTo: Sam Lee <sam@acme.example>\n\nWhy: 003 The Forgotten Art of the Follow-up\n\nOpen in hearback: https://hearback.example/#/applications/app1/actions/a%2F1',
      url: 'https://hearback.example/#/applications/app1/actions/a%2F1',
      sequence: 3,
      stamp: '2026-03-01T12:00:00.000Z',
      start: '2026-03-06T14:00:00.000Z',
      end: '2026-03-06T16:30:00.000Z',
      zone: 'America/New_York',
      localStart: '2026-03-06T09:00:00',
    });
  });

  it('escapes commas, semicolons, backslashes, newlines and emoji so they read back unchanged', () => {
    const label = 'Acme, Inc.; R&D \\ "Labs"\nBerlin 😀👩‍💻';
    const reason = `Two lines;\nwith, commas — and a long tail ${'ünïcödé '.repeat(12)}🎉`;
    const [event] = parsed(
      build([
        item(
          action('a', '2026-03-06T09:00:00-05:00', '2026-03-06T10:00:00-05:00', { reason }),
          'America/New_York',
          0,
          label,
        ),
      ]),
    );
    expect(event?.summary).toBe(`Follow up with ${label}`);
    expect(event?.description.startsWith(`${reason}\n\n`)).toBe(true);
  });

  it('gives the same text for the same plan, whatever order the actions come in, with stable UIDs', () => {
    const a = item(action('a', '2026-03-06T09:00:00-05:00', '2026-03-06T11:30:00-05:00'), 'America/New_York');
    const b = item(action('b', '2026-10-23T09:00:00+02:00', '2026-10-23T11:30:00+02:00'), 'Europe/Berlin', 2);
    expect(build([b, a])).toBe(build([a, b]));
    expect(parsed(build([a, b])).map((e) => e.uid)).toEqual(['a@hearback', 'b@hearback']);
  });

  it('writes a valid empty calendar when nothing is due', () => {
    const ics = build([]);
    expect(parsed(ics)).toEqual([]);
    expect(ics).toContain('X-WR-CALNAME:hearback — Alex');
  });

  it.each([
    [
      'an unknown zone',
      item(action('a', '2026-03-06T09:00:00-05:00', '2026-03-06T10:00:00-05:00'), 'Mars/Olympus'),
      'actions[0].timezone',
    ],
    [
      'an unreadable due start',
      item(action('a', 'soon', '2026-03-06T10:00:00-05:00'), 'UTC'),
      'actions[0].action.due.start',
    ],
    [
      'a negative sequence',
      item(action('a', '2026-03-06T09:00:00-05:00', '2026-03-06T10:00:00-05:00'), 'UTC', -1),
      'actions[0].sequence',
    ],
  ])('refuses %s with a validation error naming the field', (_name, bad, field) => {
    expect(() => build([bad])).toThrow(expect.objectContaining({ code: 'validation', field }));
  });

  it('puts every action at its own instant, whatever the zone and time of year', () => {
    const zones = [
      'America/New_York',
      'Europe/Berlin',
      'Australia/Sydney',
      'Asia/Kolkata',
      'America/Sao_Paulo',
      'UTC',
    ];
    fc.assert(
      fc.property(
        fc.array(
          fc.tuple(
            fc.integer({ min: Date.UTC(2025, 0, 1), max: Date.UTC(2028, 0, 1) }),
            fc.constantFrom(...zones),
          ),
          { minLength: 1, maxLength: 5 },
        ),
        (entries) => {
          const actions = entries.map(([ms, zone], i) => {
            const start = new Date(Math.floor(ms / 60_000) * 60_000).toISOString();
            return item(action(`a${i}`, start, new Date(Date.parse(start) + 3_600_000).toISOString()), zone);
          });
          const byUid = new Map(parsed(build(actions)).map((e) => [e.uid, e.start]));
          for (const a of actions)
            expect(byUid.get(`${a.action.id}@hearback`)).toBe(new Date(a.action.due.start).toISOString());
        },
      ),
      { numRuns: 40 },
    );
  });

  it('keeps both occurrences of a time the fall-back repeats exact, writing them in UTC', () => {
    // 02:30 happens twice in Berlin on 2025-10-26: at 00:30Z (CEST) and at 01:30Z (CET).
    const first = item(action('first', '2025-10-26T00:30:00.000Z', '2025-10-26T00:45:00.000Z'), 'Europe/Berlin');
    const second = item(action('second', '2025-10-26T01:30:00.000Z', '2025-10-26T01:45:00.000Z'), 'Europe/Berlin');
    const text = build([first, second]);
    const byUid = new Map(parsed(text).map((e) => [e.uid, e.start]));
    expect(byUid.get('first@hearback')).toBe('2025-10-26T00:30:00.000Z');
    expect(byUid.get('second@hearback')).toBe('2025-10-26T01:30:00.000Z');
    expect(text).toContain('DTSTART:20251026T003000Z');
    expect(text).toContain('DTSTART:20251026T013000Z');
    expect(text).not.toContain('TZID=Europe/Berlin:20251026T023000');
  });
});
