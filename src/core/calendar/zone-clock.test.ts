import { describe, expect, it } from 'vitest';
import { parseIsoDate } from './civil-date';
import { formatOffset, ZoneClock } from './zone-clock';

describe('ZoneClock', () => {
  const ny = ZoneClock.for('America/New_York');

  it.each([
    ['moves a time skipped by spring-forward forward by the gap', '2026-03-08', 150, '2026-03-08T03:30:00-04:00'],
    ['takes the first occurrence of a time repeated by fall-back', '2026-11-01', 90, '2026-11-01T01:30:00-04:00'],
    ['keeps an ordinary morning time', '2026-11-02', 540, '2026-11-02T09:00:00-05:00'],
  ])('%s', (_label, date, minute, expected) => {
    expect(ny.iso(ny.instant(parseIsoDate(date)!, minute))).toBe(expected);
  });

  it.each([
    ['Berlin (east of UTC) takes the first 02:30 of the night clocks go back', 'Europe/Berlin', '2025-10-26', 150, '2025-10-26T00:30:00.000Z'],
    ['Berlin moves 02:30 on the night clocks go forward to 03:30', 'Europe/Berlin', '2026-03-29', 150, '2026-03-29T01:30:00.000Z'],
    ['Sydney (southern summer time) takes the first 02:30 in April', 'Australia/Sydney', '2026-04-05', 150, '2026-04-04T15:30:00.000Z'],
    ['Kolkata, without DST, is plain', 'Asia/Kolkata', '2026-04-05', 150, '2026-04-04T21:00:00.000Z'],
  ])('%s', (_label, zone, date, minute, expected) => {
    expect(new Date(ZoneClock.for(zone).instant(parseIsoDate(date)!, minute)).toISOString()).toBe(expected);
  });

  it.each([
    ['Berlin 02:30 on the night clocks go back', 'Europe/Berlin', '2025-10-26', 150, true],
    ['Berlin 03:30 that night', 'Europe/Berlin', '2025-10-26', 210, false],
    ['New York 01:30 on the night clocks go back', 'America/New_York', '2026-11-01', 90, true],
    ['New York 02:30 on the night clocks go forward', 'America/New_York', '2026-03-08', 150, false],
    ['an ordinary morning', 'Europe/Berlin', '2026-11-23', 540, false],
  ])('knows whether %s happens twice', (_label, zone, date, minute, repeated) => {
    expect(ZoneClock.for(zone).isRepeated(parseIsoDate(date)!, minute)).toBe(repeated);
  });

  it('reads back every wall-clock minute it writes, away from transitions, in any zone', () => {
    for (const zone of ['Europe/Berlin', 'America/New_York', 'Australia/Lord_Howe', 'Asia/Kathmandu', 'Pacific/Chatham']) {
      const clock = ZoneClock.for(zone);
      for (let day = parseIsoDate('2026-01-01')!; day < parseIsoDate('2027-01-01')!; day += 7) {
        const ms = clock.instant(day, 9 * 60 + 15);
        expect([clock.dayOf(ms), clock.minuteOf(ms)]).toEqual([day, 555]);
      }
    }
  });

  it('reads the local day and minute of an instant on a transition day', () => {
    const ms = Date.parse('2026-03-08T07:30:00Z');
    expect(ny.dayOf(ms)).toBe(parseIsoDate('2026-03-08'));
    expect(ny.minuteOf(ms)).toBe(3 * 60 + 30);
  });

  it('places late evening in the local day, not the UTC day', () => {
    expect(ny.dayOf(Date.parse('2026-11-24T03:00:00Z'))).toBe(parseIsoDate('2026-11-23'));
  });

  it.each([
    [0, '+00:00'],
    [330, '+05:30'],
    [-270, '-04:30'],
    [-600, '-10:00'],
  ])('formats an offset of %i minutes as %s', (minutes, expected) => {
    expect(formatOffset(minutes)).toBe(expected);
  });
});
