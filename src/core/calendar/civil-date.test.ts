import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { humanDate, isoDate, isoWeekday, parseIsoDate, yearOf } from './civil-date';
import { parseTimeOfDay, parseTimeRange } from './time-of-day';

describe('civil dates', () => {
  it.each([
    ['2026-11-23', 1],
    ['2026-11-29', 7],
    ['1970-01-01', 4],
    ['2024-02-29', 4],
  ])('gives %s ISO weekday %i', (date, weekday) => {
    expect(isoWeekday(parseIsoDate(date)!)).toBe(weekday);
  });

  it.each(['2026-02-30', '2026-13-01', '26-11-23', '2026-11-23T00:00', '', 'yesterday'])(
    'rejects "%s" as a date',
    (text) => {
      expect(parseIsoDate(text)).toBeNull();
    },
  );

  it('writes a short human date', () => {
    expect(humanDate(parseIsoDate('2026-11-26')!)).toBe('Thu 26 Nov');
  });

  it('round-trips every day number between 1900 and 2200', () => {
    fc.assert(
      fc.property(fc.integer({ min: -25_567, max: 84_000 }), (n) => {
        expect(parseIsoDate(isoDate(n))).toBe(n);
      }),
    );
  });

  it('computes the year of any day without a Date, as Date does', () => {
    fc.assert(
      fc.property(fc.integer({ min: -200_000, max: 200_000 }), (n) => {
        expect(yearOf(n)).toBe(new Date(n * 86_400_000).getUTCFullYear());
      }),
    );
  });

  it('never throws on arbitrary text', () => {
    fc.assert(fc.property(fc.string(), (s) => void parseIsoDate(s)));
  });
});

describe('times of day', () => {
  it.each([
    ['09:00', 540],
    ['23:59', 1439],
    ['00:00', 0],
    ['9:00', null],
    ['24:00', null],
    ['12:60', null],
  ])('parses %s as %s', (text, expected) => {
    expect(parseTimeOfDay(text)).toBe(expected);
  });

  it('names the field of a range that ends before it starts', () => {
    expect(() => parseTimeRange({ start: '11:30', end: '09:00' }, 'sendWindow')).toThrowError(
      expect.objectContaining({ field: 'sendWindow' }),
    );
  });

  it('accepts quiet hours that wrap midnight', () => {
    expect(parseTimeRange({ start: '21:00', end: '07:00' }, 'quietHours', true)).toEqual({ start: 1260, end: 420 });
  });
});
