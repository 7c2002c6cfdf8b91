import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatDate, relativeDay, toLocalInput, zonedToInstant } from './format-time';

describe('zonedToInstant', () => {
  it.each([
    ['2026-11-24T10:00', 'America/New_York', '2026-11-24T15:00:00.000Z'],
    ['2026-07-01T10:00', 'America/New_York', '2026-07-01T14:00:00.000Z'],
    ['2026-11-24T10:00', 'Asia/Kolkata', '2026-11-24T04:30:00.000Z'],
    ['2026-03-29T01:30', 'Europe/Berlin', '2026-03-29T00:30:00.000Z'],
  ])('reads %s in %s', (local, zone, iso) => {
    expect(zonedToInstant(local, zone)).toBe(iso);
  });

  it('refuses what is not a date and time', () => {
    expect(zonedToInstant('tomorrow', 'UTC')).toBeNull();
    expect(zonedToInstant('2026-13-45T99:99', 'UTC')).toBeNull();
  });

  it('gives back the wall clock it was given, away from DST gaps', () => {
    const zones = ['America/New_York', 'Europe/Berlin', 'Asia/Tokyo', 'Australia/Adelaide', 'UTC'];
    fc.assert(
      fc.property(fc.integer({ min: Date.UTC(2020, 0, 1), max: Date.UTC(2030, 0, 1) }), fc.constantFrom(...zones), (ms, zone) => {
        const local = toLocalInput(new Date(ms).toISOString(), zone);
        const back = zonedToInstant(local, zone);
        expect(back && toLocalInput(back, zone)).toBe(local);
      }),
    );
  });
});

describe('formatDate', () => {
  it('writes a short English date, with the year when it differs', () => {
    expect(formatDate('2026-11-24')).toBe('Tue 24 Nov');
    expect(formatDate('2027-01-05', '2026')).toBe('Tue 5 Jan 2027');
    expect(relativeDay('2026-11-25', '2026-11-24')).toBe('tomorrow');
  });
});
