import { describe, expect, it } from 'vitest';
import { daysBetween, formatDay, localDate, pastDayPhrase } from './dates';

describe('dates', () => {
  it.each([
    ['2025-05-14', '2025-05-01', 'Wednesday 14 May'],
    ['2026-01-05', '2025-12-20', 'Monday 5 January 2026'],
    ['2025-02-30', '2025-01-01', null],
    ['next week', '2025-01-01', null],
    [null, '2025-01-01', null],
  ])('formats %j (sent %s) as %j', (day, reference, expected) => {
    expect(formatDay(day, reference)).toBe(expected);
  });

  it.each([
    ['2025-05-14T01:30:00Z', 'America/New_York', '2025-05-13'],
    ['2025-05-14T01:30:00Z', 'Europe/Berlin', '2025-05-14'],
    ['2025-05-14T01:30:00-04:00', null, '2025-05-14'],
    ['2025-05-14T01:30:00Z', 'Not/AZone', '2025-05-14'],
    ['garbage', 'Europe/Berlin', null],
  ])('reads the local date of %s in %s as %j', (iso, zone, expected) => {
    expect(localDate(iso, zone)).toBe(expected);
  });

  it('counts days between dates', () => {
    expect(daysBetween('2025-05-01', '2025-05-15')).toBe(14);
    expect(daysBetween('2025-05-01', 'soon')).toBeNull();
  });

  it.each([
    ['2025-05-13', '2025-05-14', 'on Tuesday'],
    ['2025-05-01', '2025-05-14', 'on 1 May'],
    ['2025-05-14', '2025-05-14', 'on 14 May'],
    ['2024-12-30', '2025-01-14', 'on 30 December 2024'],
    [null, '2025-05-14', null],
  ])('refers to %j, seen from %s, as %j', (day, send, expected) => {
    expect(pastDayPhrase(day, send)).toBe(expected);
  });
});
