import { describe, expect, it } from 'vitest';
import { digestDue, type DigestPreferences } from './digest-preferences';

const on: DigestPreferences = { enabled: true, time: '08:00', to: null };

describe('digestDue', () => {
  it.each<[string, DigestPreferences, string | null, string, string, ReturnType<typeof digestDue>]>([
    ['is not due when the digest is off', { ...on, enabled: false }, null, '2026-11-23T10:00:00Z', 'UTC', { due: false, reason: 'off' }],
    ['is due once the user’s clock passes the time', on, '2026-11-22', '2026-11-23T08:00:00Z', 'UTC', { due: true, day: '2026-11-23' }],
    ['waits until the time on the user’s clock, not the server’s', on, '2026-11-22', '2026-11-23T10:00:00Z', 'America/New_York', { due: false, reason: 'not_yet' }],
    ['uses the user’s calendar day across midnight UTC', on, '2026-11-23', '2026-11-24T07:30:00Z', 'Europe/Berlin', { due: true, day: '2026-11-24' }],
    ['is not due twice on the same day', on, '2026-11-23', '2026-11-23T18:00:00Z', 'UTC', { due: false, reason: 'already_sent' }],
    ['sends later that day when the server was off in the morning', on, '2026-11-20', '2026-11-23T15:00:00Z', 'UTC', { due: true, day: '2026-11-23' }],
    ['is due on the first day it is on', on, null, '2026-11-23T09:00:00Z', 'UTC', { due: true, day: '2026-11-23' }],
    ['follows the wall clock across the spring DST change: 06:30 UTC is 08:30 in Berlin that morning', on, '2026-03-28', '2026-03-29T06:30:00Z', 'Europe/Berlin', { due: true, day: '2026-03-29' }],
  ])('%s', (_name, prefs, last, now, zone, expected) => {
    expect(digestDue(prefs, last, now, zone)).toEqual(expected);
  });
});
