/**
 * Calendar arithmetic on `YYYY-MM-DD` dates for the posting analyzer. Dates are handled as whole days since
 * 1970-01-01 in UTC, so no time zone or clock can shift them.
 */

const DAY_MS = 86_400_000;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A calendar date as a count of days since 1970-01-01. */
export type DayNumber = number;

/**
 * Reads a `YYYY-MM-DD` date, or returns null when it is not a real calendar date.
 *
 * @example
 * parseIsoDate('2025-02-29'); // null
 */
export function parseIsoDate(text: string): DayNumber | null {
  const match = ISO_DATE.exec(text);
  if (!match) return null;
  return dayFromParts(Number(match[1]), Number(match[2]), Number(match[3]));
}

/**
 * The day number of a year, month (1–12) and day, or null when that day does not exist.
 *
 * @example
 * dayFromParts(2025, 3, 15) === parseIsoDate('2025-03-15'); // true
 */
export function dayFromParts(year: number, month: number, day: number): DayNumber | null {
  if (!Number.isInteger(year) || !Number.isInteger(month) || !Number.isInteger(day)) return null;
  if (year < 1 || year > 9999 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month))
    return null;
  return Math.round(Date.UTC(year, month - 1, day) / DAY_MS);
}

/**
 * Writes a day number as `YYYY-MM-DD`.
 *
 * @example
 * formatIsoDate(0); // '1970-01-01'
 */
export function formatIsoDate(day: DayNumber): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

/** The year, month (1–12) and day of a day number. */
export function partsOf(day: DayNumber): { year: number; month: number; day: number } {
  const date = new Date(day * DAY_MS);
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
}

/** ISO weekday, 1 = Monday … 7 = Sunday. */
export function isoWeekday(day: DayNumber): number {
  // 1970-01-01 was a Thursday (ISO 4).
  return ((((day + 3) % 7) + 7) % 7) + 1;
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/**
 * Moves on by working days, Monday to Friday. Public holidays are not known here, so a stated
 * "ten working days" may end a day or two early; the user confirms the date anyway.
 *
 * @example
 * formatIsoDate(addBusinessDays(parseIsoDate('2025-01-10')!, 1)); // '2025-01-13' (Friday → Monday)
 */
export function addBusinessDays(from: DayNumber, count: number): DayNumber {
  let day = from;
  let left = count;
  while (left > 0) {
    day += 1;
    if (isoWeekday(day) <= 5) left -= 1;
  }
  return day;
}

/**
 * Moves on by calendar months, keeping the day of month where it exists and clamping it otherwise.
 *
 * @example
 * formatIsoDate(addMonths(parseIsoDate('2025-01-31')!, 1)); // '2025-02-28'
 */
export function addMonths(from: DayNumber, count: number): DayNumber {
  const { year, month, day } = partsOf(from);
  const index = year * 12 + (month - 1) + count;
  const toYear = Math.floor(index / 12);
  const toMonth = (index % 12) + 1;
  return dayFromParts(toYear, toMonth, Math.min(day, daysInMonth(toYear, toMonth))) ?? from;
}

/** The last day of the month `day` falls in. */
export function endOfMonth(day: DayNumber): DayNumber {
  const { year, month } = partsOf(day);
  return dayFromParts(year, month, daysInMonth(year, month)) ?? day;
}

/** The Friday of the Monday-to-Sunday week `day` falls in. */
export function fridayOfWeek(day: DayNumber): DayNumber {
  return day - isoWeekday(day) + 5;
}

/**
 * Places a month and day stated without a year: the first occurrence on or after 30 days before the
 * reference date. A posting read a little after it was written still gets this year's date, and one that
 * says "by 10 January" in December gets next year's.
 *
 * @example
 * formatIsoDate(resolveYearless(3, 3, parseIsoDate('2025-01-10')!)!); // '2025-03-03'
 * formatIsoDate(resolveYearless(1, 5, parseIsoDate('2024-12-20')!)!); // '2025-01-05'
 */
export function resolveYearless(month: number, day: number, reference: DayNumber): DayNumber | null {
  const earliest = reference - 30;
  const { year } = partsOf(earliest);
  // Four years ahead is enough to reach the next 29 February.
  for (let candidateYear = year; candidateYear <= year + 4; candidateYear += 1) {
    const candidate = dayFromParts(candidateYear, month, day);
    if (candidate !== null && candidate >= earliest) return candidate;
  }
  return null;
}
