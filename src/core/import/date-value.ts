import { DateTime, FixedOffsetZone } from 'luxon';

/** The orders a numeric date like 03/04/2024 can be read in. `YMD` is only used when asked for. */
export const NUMERIC_DATE_ORDERS = ['MDY', 'DMY', 'YMD'] as const;
export type NumericDateOrder = (typeof NUMERIC_DATE_ORDERS)[number];

/** A date read from a cell. */
export interface ParsedDate {
  /** The instant, ISO 8601 in UTC. */
  at: string;
  /** The calendar date as written, `YYYY-MM-DD`. */
  date: string;
  /** False when the cell had no time of day; the instant is then 12:00 in the user's zone. */
  hasTime: boolean;
}

interface Clock {
  hour: number;
  minute: number;
  second: number;
  /** Minutes east of UTC when the cell states an offset or `Z`. */
  offset: number | null;
}

/** How a cell's date part reads before an order is chosen. */
export type DateShape =
  | { kind: 'exact'; year: number; month: number; day: number; clock: Clock | null }
  | { kind: 'numeric'; first: number; second: number; third: number; yearDigits: number; clock: Clock | null }
  | { kind: 'invalid' };

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const MONTH = '(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\.?';
const TIME =
  /(?:^|[\sT,]+)(\d{1,2}):(\d{2})(?::(\d{2})(?:[.,]\d{1,9})?)?\s*(?:([ap])\.?\s*m\.?)?\s*(z|[+-]\d{2}(?::?\d{2})?)?$/i;
const YEAR_FIRST = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})$/;
const NUMERIC = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4}|\d{2})$/;
const MONTH_FIRST = new RegExp(`^${MONTH}\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})$`, 'i');
const DAY_FIRST = new RegExp(`^(\\d{1,2})(?:st|nd|rd|th)?[\\s-]+${MONTH},?[\\s-]+(\\d{4}|\\d{2})$`, 'i');
const WEEKDAY = /^(mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s+/i;

/**
 * Two-digit years are read as 2000–2069 and 1970–1999. Nobody imports job applications from before 1970,
 * and LinkedIn writes "11/20/24".
 */
function fullYear(digits: string): number {
  const n = Number(digits);
  return digits.length === 2 ? (n < 70 ? 2000 + n : 1900 + n) : n;
}

function readClock(m: RegExpMatchArray): Clock | null {
  let hour = Number(m[1]);
  const minute = Number(m[2]);
  const second = m[3] === undefined ? 0 : Number(m[3]);
  const meridiem = m[4]?.toLowerCase();
  if (meridiem !== undefined) {
    if (hour < 1 || hour > 12) return null;
    hour = (hour % 12) + (meridiem === 'p' ? 12 : 0);
  }
  if (hour > 23 || minute > 59 || second > 59) return null;
  return { hour, minute, second, offset: readOffset(m[5]) };
}

function readOffset(text: string | undefined): number | null {
  if (text === undefined) return null;
  if (text.toLowerCase() === 'z') return 0;
  const digits = text.slice(1).replace(':', '');
  const minutes = Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2) || '0');
  return text.startsWith('-') ? -minutes : minutes;
}

/**
 * Reads the shape of a date cell: an unambiguous date (ISO, year first, or with a month name), a numeric
 * date whose order is still open, or nothing readable. A time of day and an offset may follow.
 *
 * @example
 * dateShape('11/20/24, 8:15 AM') // { kind: 'numeric', first: 11, second: 20, third: 2024, yearDigits: 2, clock: { hour: 8, ... } }
 * dateShape('2024-11-20')        // { kind: 'exact', year: 2024, month: 11, day: 20, clock: null }
 */
export function dateShape(cell: string): DateShape {
  let text = cell.trim().replace(WEEKDAY, '');
  let clock: Clock | null = null;
  const time = TIME.exec(text);
  if (time !== null) {
    clock = readClock(time);
    if (clock === null) return { kind: 'invalid' };
    text = text.slice(0, time.index).trim();
  }
  const yearFirst = YEAR_FIRST.exec(text);
  if (yearFirst !== null) {
    return {
      kind: 'exact',
      year: Number(yearFirst[1]),
      month: Number(yearFirst[2]),
      day: Number(yearFirst[3]),
      clock,
    };
  }
  const numeric = NUMERIC.exec(text);
  if (numeric !== null) {
    const [, a = '', b = '', c = ''] = numeric;
    return {
      kind: 'numeric',
      first: Number(a),
      second: Number(b),
      third: fullYear(c),
      yearDigits: c.length,
      clock,
    };
  }
  const monthFirst = MONTH_FIRST.exec(text);
  if (monthFirst !== null) {
    const month = MONTHS.indexOf((monthFirst[1] ?? '').toLowerCase()) + 1;
    return { kind: 'exact', year: Number(monthFirst[3]), month, day: Number(monthFirst[2]), clock };
  }
  const dayFirst = DAY_FIRST.exec(text);
  if (dayFirst !== null) {
    const month = MONTHS.indexOf((dayFirst[2] ?? '').toLowerCase()) + 1;
    return { kind: 'exact', year: fullYear(dayFirst[3] ?? ''), month, day: Number(dayFirst[1]), clock };
  }
  return { kind: 'invalid' };
}

/**
 * Year, month and day of a numeric shape read in an order, or `null` when the shape cannot be read so:
 * `YMD` needs a two-digit first number and a two-digit last one ("24/11/20").
 *
 * @example
 * orderParts(dateShape('03/04/2024'), 'DMY') // { year: 2024, month: 4, day: 3 }
 */
export function orderParts(
  shape: Extract<DateShape, { kind: 'numeric' }>,
  order: NumericDateOrder,
): { year: number; month: number; day: number } | null {
  if (order === 'MDY') return { year: shape.third, month: shape.first, day: shape.second };
  if (order === 'DMY') return { year: shape.third, month: shape.second, day: shape.first };
  if (shape.yearDigits !== 2) return null;
  // The regex took the last number for a two-digit year; read as YMD it is the day, and the first is the year.
  return {
    year: fullYear(String(shape.first).padStart(2, '0')),
    month: shape.second,
    day: shape.third % 100,
  };
}

/**
 * The instant of a calendar date and clock. A cell without an offset is in the user's zone; a cell with no
 * time of day is placed at 12:00 there, so that its calendar date survives being shown in nearby zones.
 * `null` when the date does not exist (February 30th) or the zone is unknown.
 *
 * @example
 * toParsedDate({ year: 2024, month: 11, day: 20 }, null, 'America/New_York')
 * // { at: '2024-11-20T17:00:00Z', date: '2024-11-20', hasTime: false }
 */
export function toParsedDate(
  parts: { year: number; month: number; day: number },
  clock: Clock | null,
  zone: string,
): ParsedDate | null {
  const at = DateTime.fromObject(
    {
      year: parts.year,
      month: parts.month,
      day: parts.day,
      hour: clock?.hour ?? 12,
      minute: clock?.minute ?? 0,
      second: clock?.second ?? 0,
    },
    { zone: clock?.offset == null ? zone : FixedOffsetZone.instance(clock.offset) },
  );
  if (!at.isValid || at.year !== parts.year || at.month !== parts.month || at.day !== parts.day) return null;
  const iso = at.toUTC().toISO({ suppressMilliseconds: true });
  const date = at.toISODate();
  if (iso === null || date === null) return null;
  return { at: iso, date, hasTime: clock !== null };
}
