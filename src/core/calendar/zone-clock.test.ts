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
