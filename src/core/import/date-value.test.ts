import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { dateShape, orderParts, toParsedDate } from './date-value';

const clock = (hour: number, minute: number, offset: number | null = null) => ({
  hour,
  minute,
  second: 0,
  offset,
});

describe('dateShape', () => {
  it.each([
    [
      'LinkedIn’s US date with a 2-digit year and a 12-hour time',
      '11/20/24, 8:15 AM',
      { kind: 'numeric', first: 11, second: 20, third: 2024, yearDigits: 2, clock: clock(8, 15) },
    ],
    [
      'a PM time after noon',
      '11/13/24, 4:02 PM',
      { kind: 'numeric', first: 11, second: 13, third: 2024, yearDigits: 2, clock: clock(16, 2) },
    ],
    [
      '12 AM as midnight',
      '1/2/2024 12:05 am',
      { kind: 'numeric', first: 1, second: 2, third: 2024, yearDigits: 4, clock: clock(0, 5) },
    ],
    [
      'a dotted European date',
      '25.11.2024',
      { kind: 'numeric', first: 25, second: 11, third: 2024, yearDigits: 4, clock: null },
    ],
    [
      'a 2-digit year from the 1990s',
      '1/2/98',
      { kind: 'numeric', first: 1, second: 2, third: 1998, yearDigits: 2, clock: null },
    ],
    ['an ISO date', '2024-11-20', { kind: 'exact', year: 2024, month: 11, day: 20, clock: null }],
    [
      'an ISO instant in UTC',
      '2024-11-20T08:15:30.000Z',
      {
        kind: 'exact',
        year: 2024,
        month: 11,
        day: 20,
        clock: { hour: 8, minute: 15, second: 30, offset: 0 },
      },
    ],
    [
      'an ISO instant with an offset',
      '2024-11-20T08:15:00-05:00',
      { kind: 'exact', year: 2024, month: 11, day: 20, clock: clock(8, 15, -300) },
    ],
    [
      'a year-first date with slashes and a 24-hour time',
      '2024/11/20 20:15',
      { kind: 'exact', year: 2024, month: 11, day: 20, clock: clock(20, 15) },
    ],
    ['a month name first', 'Nov 20, 2024', { kind: 'exact', year: 2024, month: 11, day: 20, clock: null }],
    [
      'a weekday and full month name',
      'Wednesday, November 20th 2024',
      { kind: 'exact', year: 2024, month: 11, day: 20, clock: null },
    ],
    [
      'a day before a month name',
      '20-Nov-24',
      { kind: 'exact', year: 2024, month: 11, day: 20, clock: null },
    ],
  ])('reads %s', (_name, text, shape) => {
    expect(dateShape(text)).toEqual(shape);
  });

  it.each(['yesterday', '2024', '8:15', '11/20', '13:99', '11/20/24 13:15 PM', 'Smarch 3, 2024'])(
    'does not read "%s"',
    (text) => {
      expect(dateShape(text)).toEqual({ kind: 'invalid' });
    },
  );

  it('never throws on random text', () => {
    fc.assert(fc.property(fc.string({ maxLength: 40 }), (text) => void dateShape(text)));
  });
});

describe('orderParts', () => {
  const shape = { kind: 'numeric', first: 3, second: 4, third: 2024, yearDigits: 4, clock: null } as const;
  it.each([
    ['MDY', { year: 2024, month: 3, day: 4 }],
    ['DMY', { year: 2024, month: 4, day: 3 }],
    ['YMD', null],
  ] as const)('reads 03/04/2024 as %s', (order, parts) => {
    expect(orderParts(shape, order)).toEqual(parts);
  });

  it('reads 24/11/20 as year/month/day when asked', () => {
    expect(orderParts({ ...shape, first: 24, second: 11, third: 2020, yearDigits: 2 }, 'YMD')).toEqual({
      year: 2024,
      month: 11,
      day: 20,
    });
  });
});

describe('toParsedDate', () => {
  it.each([
    [
      'places a date without time at 12:00 in the user’s zone',
      { year: 2024, month: 11, day: 20 },
      null,
      'America/New_York',
      { at: '2024-11-20T17:00:00Z', date: '2024-11-20', hasTime: false },
    ],
    [
      'reads a time without offset in the user’s zone, in winter',
      { year: 2026, month: 3, day: 6 },
      clock(9, 0),
      'America/New_York',
      { at: '2026-03-06T14:00:00Z', date: '2026-03-06', hasTime: true },
    ],
    [
      'reads a time without offset in the user’s zone, after the DST change',
      { year: 2026, month: 3, day: 9 },
      clock(9, 0),
      'America/New_York',
      { at: '2026-03-09T13:00:00Z', date: '2026-03-09', hasTime: true },
    ],
    [
      'keeps a stated offset whatever the user’s zone',
      { year: 2024, month: 11, day: 20 },
      clock(8, 15, -300),
      'Europe/Berlin',
      { at: '2024-11-20T13:15:00Z', date: '2024-11-20', hasTime: true },
    ],
    ['refuses a day the month does not have', { year: 2024, month: 2, day: 30 }, null, 'Europe/Berlin', null],
    ['refuses a thirteenth month', { year: 2024, month: 13, day: 1 }, null, 'Europe/Berlin', null],
    ['refuses an unknown zone', { year: 2024, month: 1, day: 1 }, null, 'Mars/Olympus', null],
  ])('%s', (_name, parts, time, zone, expected) => {
    expect(toParsedDate(parts, time, zone)).toEqual(expected);
  });
});
