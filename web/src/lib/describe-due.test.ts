import { describe, expect, it } from 'vitest';
import { describeDue, overdueSince } from './describe-due';
import { formatOffset, offsetMinutes, wallClock } from './format-time';

const window = { start: '2026-11-24T09:00:00-05:00', end: '2026-11-24T11:30:00-05:00' };

describe('describeDue', () => {
  it('gives the recipient time and the user time when the zones differ', () => {
    const text = describeDue(window, 'Europe/Berlin', '2026-11-24T08:00:00Z');
    expect(text.theirs).toBe('Tue 24 Nov, 09:00–11:30 their time (UTC−05:00)');
    expect(text.yours).toBe('Tue 24 Nov, 15:00–17:30 your time');
    expect(text.headline).toBe('Due today');
  });

  it('leaves out the user time when both clocks agree', () => {
    expect(describeDue(window, 'America/New_York', '2026-11-23T08:00:00Z').yours).toBeNull();
  });

  it('says due now once the window has opened, and overdue once it has closed', () => {
    expect(describeDue(window, 'America/New_York', '2026-11-24T15:00:00Z').headline).toBe('Due now');
    const late = describeDue(window, 'America/New_York', '2026-11-25T15:00:00Z');
    expect(late.headline).toBe('Overdue since yesterday');
    expect(late.overdue).toBe(true);
  });

  it('gives the hour when the window closed earlier today', () => {
    expect(describeDue(window, 'America/New_York', '2026-11-24T19:00:00Z').headline).toBe('Overdue since 11:30 today');
  });

  it('names tomorrow, and leaves later dates to the window text', () => {
    expect(describeDue(window, 'America/New_York', '2026-11-23T15:00:00Z').headline).toBe('Due tomorrow');
    expect(describeDue(window, 'America/New_York', '2026-11-20T15:00:00Z').headline).toBe('Planned');
  });

  it('writes the year only when it is not this year', () => {
    expect(describeDue(window, 'America/New_York', '2025-12-30T15:00:00Z').theirs).toContain('Tue 24 Nov 2026');
  });
});

describe('offsets', () => {
  it.each([
    ['2026-11-24T09:00:00Z', 0, 'UTC+00:00'],
    ['2026-11-24T09:00:00+05:30', 330, 'UTC+05:30'],
    ['2026-11-24T09:00:00-0330', -210, 'UTC−03:30'],
  ])('reads the offset of %s', (iso, minutes, text) => {
    expect(offsetMinutes(iso)).toBe(minutes);
    expect(formatOffset(minutes)).toBe(text);
  });

  it('reads the wall clock as written', () => {
    expect(wallClock('2026-11-24T23:30:00-05:00')).toEqual({ date: '2026-11-24', time: '23:30' });
  });
});

describe('overdueSince', () => {
  const due = { start: '2026-12-07T09:00:00-05:00', end: '2026-12-07T11:30:00-05:00' };
  it.each([
    ['names the day the window closed', '2026-12-09T15:00:00Z', 'America/New_York', 'Overdue since Mon 7 Dec'],
    ['reads that day in the user zone', '2026-12-09T15:00:00Z', 'Asia/Tokyo', 'Overdue since Tue 8 Dec'],
    ['says nothing while the window is open', '2026-12-07T15:00:00Z', 'America/New_York', null],
    ['says nothing before it opens', '2026-12-01T15:00:00Z', 'America/New_York', null],
    ['adds the year when it closed in another year', '2027-01-04T15:00:00Z', 'America/New_York', 'Overdue since Mon 7 Dec 2026'],
  ])('%s', (_name, now, zone, expected) => {
    expect(overdueSince(due, zone, now)).toBe(expected);
  });
});
