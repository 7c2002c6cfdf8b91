import { describe, expect, it } from 'vitest';
import { BusinessCalendar } from './business-calendar';
import { isoDate, parseIsoDate } from './civil-date';

const day = (s: string) => parseIsoDate(s)!;
const at = (zone: string, country: string | null, region: string | null = null) =>
  BusinessCalendar.for({ zone, country, region });

describe('business days', () => {
  it.each([
    ['a Thursday that is US Thanksgiving', 'America/New_York', 'US', null, '2026-11-26', false],
    ['the Friday after Thanksgiving, which is not a federal holiday', 'America/New_York', 'US', null, '2026-11-27', true],
    ['the UK Spring bank holiday in England', 'Europe/London', 'GB', 'ENG', '2026-05-25', false],
    ["Mother's Day in the UK, an observance, not a holiday", 'Europe/London', 'GB', 'ENG', '2026-03-16', true],
    ['Corpus Christi in Bavaria', 'Europe/Berlin', 'DE', 'BY', '2026-06-04', false],
    ['Corpus Christi in Berlin, where it is a working day', 'Europe/Berlin', 'DE', 'BE', '2026-06-04', true],
    ['a Saturday', 'Europe/Berlin', 'DE', null, '2026-11-28', false],
    ['a Sunday in Israel, a working day there', 'Asia/Jerusalem', 'IL', null, '2026-11-29', true],
    ['a Friday in Israel, the weekend there', 'Asia/Jerusalem', 'IL', null, '2026-11-27', false],
    ['a plain Wednesday with no country known', 'UTC', null, null, '2026-11-25', true],
  ])('%s is business day: %s', (_label, zone, country, region, date, expected) => {
    expect(at(zone, country, region).isBusinessDay(day(date))).toBe(expected);
  });

  it.each([
    ['counts five business days from a Monday to the next Monday', 'US', '2026-11-02', 5, '2026-11-09'],
    ['skips Thanksgiving when counting from the Monday before', 'US', '2026-11-23', 5, '2026-12-01'],
    ['counts from a Saturday as if from the Friday', 'US', '2026-11-14', 5, '2026-11-20'],
    ['skips Veterans Day, a federal holiday', 'US', '2026-11-07', 5, '2026-11-16'],
    ['skips Christmas and Boxing Day (substitute) in England', 'GB', '2026-12-23', 2, '2026-12-29'],
    ['adds nothing for zero days', 'US', '2026-11-07', 0, '2026-11-07'],
  ])('%s', (_label, country, from, n, expected) => {
    const cal = at(country === 'GB' ? 'Europe/London' : 'America/New_York', country, country === 'GB' ? 'ENG' : null);
    expect(isoDate(cal.addBusinessDays(day(from), n))).toBe(expected);
  });

  it.each([
    ['steps back over Thanksgiving', '2026-11-27', 1, '2026-11-25'],
    ['steps back over a weekend', '2026-11-23', 2, '2026-11-19'],
  ])('%s', (_label, from, n, expected) => {
    expect(isoDate(at('America/New_York', 'US').subtractBusinessDays(day(from), n))).toBe(expected);
  });

  it('finds the next business day on or after a holiday weekend', () => {
    expect(isoDate(at('America/New_York', 'US').onOrAfter(day('2026-07-03')))).toBe('2026-07-06');
  });

  it('counts business days between two dates, excluding the first', () => {
    expect(at('America/New_York', 'US').businessDaysBetween(day('2026-11-20'), day('2026-11-30'))).toBe(5);
  });
});

describe('windows across DST changes', () => {
  it.each([
    ['New York before spring-forward', 'America/New_York', '2026-03-06', '2026-03-06T09:00:00-05:00'],
    ['New York after spring-forward', 'America/New_York', '2026-03-09', '2026-03-09T09:00:00-04:00'],
    ['Berlin before fall-back', 'Europe/Berlin', '2026-10-23', '2026-10-23T09:00:00+02:00'],
    ['Berlin after fall-back', 'Europe/Berlin', '2026-10-26', '2026-10-26T09:00:00+01:00'],
    ['Kolkata, a half-hour zone', 'Asia/Kolkata', '2026-10-26', '2026-10-26T09:00:00+05:30'],
  ])('opens at 09:00 local in %s', (_label, zone, date, expected) => {
    const cal = at(zone, null);
    const w = cal.window(day(date), { start: 540, end: 690 });
    expect(cal.clock.iso(w.start)).toBe(expected);
    expect(w.end - w.start).toBe(150 * 60_000);
  });
});

describe('validation', () => {
  it.each([
    ['an unknown zone', { zone: 'Mars/Olympus', country: null, region: null }, 'timezone'],
    ['an unknown country', { zone: 'UTC', country: 'XX', region: null }, 'country'],
    ['a lower-case country', { zone: 'UTC', country: 'us', region: null }, 'country'],
    ['a region of another country', { zone: 'UTC', country: 'DE', region: 'CA' }, 'region'],
  ])('names the field for %s', (_label, spec, field) => {
    expect(() => BusinessCalendar.for(spec)).toThrowError(expect.objectContaining({ code: 'validation', field }));
  });
});
