import { describe, expect, it } from 'vitest';
import {
  addBusinessDays,
  addMonths,
  endOfMonth,
  formatIsoDate,
  fridayOfWeek,
  isoWeekday,
  parseIsoDate,
  resolveYearless,
} from './calendar';

const day = (iso: string): number => {
  const parsed = parseIsoDate(iso);
  if (parsed === null) throw new Error(`bad test date ${iso}`);
  return parsed;
};

describe('parseIsoDate', () => {
  it.each([
    ['reads a plain calendar date', '2025-03-15', '2025-03-15'],
    ['reads a leap day in a leap year', '2024-02-29', '2024-02-29'],
    ['rejects a leap day in a common year', '2025-02-29', null],
    ['rejects a thirteenth month', '2025-13-01', null],
    ['rejects a date with a time', '2025-03-15T10:00', null],
    ['rejects a day-first date', '15-03-2025', null],
  ])('%s', (_name, input, expected) => {
    const parsed = parseIsoDate(input);
    expect(parsed === null ? null : formatIsoDate(parsed)).toBe(expected);
  });
});

describe('calendar arithmetic', () => {
  it.each([
    ['counts Monday as ISO weekday 1', () => isoWeekday(day('2025-02-03')), 1],
    ['counts Sunday as ISO weekday 7', () => isoWeekday(day('2025-02-09')), 7],
  ])('%s', (_name, run, expected) => {
    expect(run()).toBe(expected);
  });

  it.each([
    [
      'skips the weekend when adding one working day to a Friday',
      () => addBusinessDays(day('2025-01-10'), 1),
      '2025-01-13',
    ],
    ['makes ten working days two calendar weeks', () => addBusinessDays(day('2025-02-03'), 10), '2025-02-17'],
    [
      'clamps 31 January plus a month to the end of February',
      () => addMonths(day('2025-01-31'), 1),
      '2025-02-28',
    ],
    ['carries a month into the next year', () => addMonths(day('2025-12-15'), 1), '2026-01-15'],
    ['finds the end of a leap February', () => endOfMonth(day('2024-02-10')), '2024-02-29'],
    ['finds the Friday of the week from a Sunday', () => fridayOfWeek(day('2025-02-09')), '2025-02-07'],
  ])('%s', (_name, run, expected) => {
    expect(formatIsoDate(run())).toBe(expected);
  });
});

describe('resolveYearless', () => {
  it.each([
    ['keeps a date later this year in this year', 3, 3, '2025-01-10', '2025-03-03'],
    ['keeps a date up to 30 days back in this year', 1, 1, '2025-01-20', '2025-01-01'],
    ['moves a date more than 30 days back to next year', 12, 1, '2025-01-20', '2025-12-01'],
    ['moves an early-January date seen in December to next year', 1, 5, '2024-12-20', '2025-01-05'],
    ['finds the next 29 February', 2, 29, '2025-03-10', '2028-02-29'],
  ])('%s', (_name, month, dayOfMonth, reference, expected) => {
    const resolved = resolveYearless(month, dayOfMonth, day(reference));
    expect(resolved === null ? null : formatIsoDate(resolved)).toBe(expected);
  });

  it('gives null for a day that never exists', () => {
    expect(resolveYearless(2, 30, day('2025-01-01'))).toBeNull();
  });
});
