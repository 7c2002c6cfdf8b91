import { civilFromDays } from './instant';
/**
 * Calendar dates as integers: the number of days since 1970-01-01. Business-day arithmetic on integers is
 * what lets the planner plan a million applications a second; strings appear only at the edges.
 */
export type DayNumber = number;

const MS_PER_DAY = 86_400_000;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * Days since 1970-01-01 of a proleptic Gregorian date.
 *
 * @example
 * dayFromParts(1970, 1, 2); // 1
 */
export function dayFromParts(year: number, month: number, day: number): DayNumber {
  return Math.floor(Date.UTC(year, month - 1, day) / MS_PER_DAY);
}

/**
 * Parses `YYYY-MM-DD`, or returns `null` when the text is not a real date (2026-02-30 is not).
 *
 * @example
 * parseIsoDate('2026-11-26'); // 20_783
 */
export function parseIsoDate(text: string): DayNumber | null {
  const m = ISO_DATE.exec(text);
  if (!m) return null;
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  if (month < 1 || month > 12 || day < 1 || day > 31) return null;
  const n = dayFromParts(year, month, day);
  return isoDate(n) === text ? n : null;
}

/**
 * Formats a day number as `YYYY-MM-DD`.
 *
 * @example
 * isoDate(20_783); // '2026-11-26'
 */
export function isoDate(day: DayNumber): string {
  let text = isoDates.get(day);
  if (text === undefined) {
    text = new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
    if (isoDates.size > 100_000) isoDates.clear();
    isoDates.set(day, text);
  }
  return text;
}

/** Formatting allocates; the planner formats the same few hundred days millions of times. */
const isoDates = new Map<DayNumber, string>();

/**
 * ISO weekday: 1 is Monday, 7 is Sunday.
 *
 * @example
 * isoWeekday(parseIsoDate('2026-11-23')!); // 1
 */
export function isoWeekday(day: DayNumber): number {
  // 1970-01-01 was a Thursday (ISO 4).
  return ((((day + 3) % 7) + 7) % 7) + 1;
}

/**
 * The Gregorian year of a day number, by arithmetic (H. Hinnant's civil_from_days), without allocating.
 *
 * @example
 * yearOf(parseIsoDate('2026-12-31')!); // 2026
 */
export function yearOf(day: DayNumber): number {
  return civilFromDays(day).year;
}

const WEEKDAY_NAMES = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'] as const;
const MONTH_NAMES = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'] as const;

/**
 * A short human date for reasons and reminders, independent of the machine's locale.
 *
 * @example
 * humanDate(parseIsoDate('2026-11-23')!); // 'Mon 23 Nov'
 */
export function humanDate(day: DayNumber): string {
  let text = humanDates.get(day);
  if (text === undefined) {
    const d = new Date(day * MS_PER_DAY);
    text = `${WEEKDAY_NAMES[isoWeekday(day) - 1]} ${d.getUTCDate()} ${MONTH_NAMES[d.getUTCMonth()]}`;
    if (humanDates.size > 100_000) humanDates.clear();
    humanDates.set(day, text);
  }
  return text;
}

const humanDates = new Map<DayNumber, string>();
