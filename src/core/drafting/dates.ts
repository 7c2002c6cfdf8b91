const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'] as const;
const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const;
const DAY_MS = 86_400_000;

function parseDay(
  ymd: string | null | undefined,
): { year: number; month: number; day: number; ms: number } | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(ymd ?? '');
  if (match === null) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const ms = Date.UTC(year, month - 1, day);
  const check = new Date(ms);
  if (check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day) return null;
  return { year, month, day, ms };
}

/**
 * A calendar date for a sentence: "Wednesday 14 May", with the year only when it differs from the
 * reference date's year. `null` for a date that does not exist, so the sentence can change instead.
 *
 * @example
 * formatDay('2025-05-14', '2025-05-01'); // 'Wednesday 14 May'
 * formatDay('2026-01-05', '2025-12-20'); // 'Monday 5 January 2026'
 */
export function formatDay(ymd: string | null | undefined, referenceYmd?: string | null): string | null {
  const date = parseDay(ymd);
  if (date === null) return null;
  const weekday = WEEKDAYS[new Date(date.ms).getUTCDay()] ?? '';
  const month = MONTHS[date.month - 1] ?? '';
  const reference = parseDay(referenceYmd);
  const year = reference !== null && reference.year !== date.year ? ` ${date.year}` : '';
  return `${weekday} ${date.day} ${month}${year}`;
}

/**
 * The calendar date of an instant in a time zone, `YYYY-MM-DD`. Without a usable zone, the date as written
 * in the instant, which carries the writer's offset.
 *
 * @example
 * localDate('2025-05-14T01:30:00Z', 'America/New_York'); // '2025-05-13'
 */
export function localDate(iso: string | null | undefined, zone: string | null | undefined): string | null {
  if (!iso) return null;
  const written = /^(\d{4}-\d{2}-\d{2})/.exec(iso)?.[1] ?? null;
  const ms = Date.parse(iso);
  if (!zone || Number.isNaN(ms)) return parseDay(written) === null ? null : written;
  try {
    return new Intl.DateTimeFormat('en-CA', {
      timeZone: zone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
    }).format(new Date(ms));
  } catch {
    // An unknown zone name is a data problem elsewhere; the date as written is still right to the day or so.
    return parseDay(written) === null ? null : written;
  }
}

/**
 * Whole days from one date to another, or `null` when either is not a date.
 *
 * @example
 * daysBetween('2025-05-01', '2025-05-15'); // 14
 */
export function daysBetween(
  fromYmd: string | null | undefined,
  toYmd: string | null | undefined,
): number | null {
  const from = parseDay(fromYmd);
  const to = parseDay(toYmd);
  return from === null || to === null ? null : Math.round((to.ms - from.ms) / DAY_MS);
}

/**
 * How a date reads relative to when the message goes out: "on Tuesday" within the past week, otherwise
 * "on 6 May", or `null` when the date is unknown.
 *
 * @example
 * pastDayPhrase('2025-05-13', '2025-05-14'); // 'on Tuesday'
 */
export function pastDayPhrase(
  ymd: string | null | undefined,
  sendYmd: string | null | undefined,
): string | null {
  const formatted = formatDay(ymd, sendYmd);
  if (formatted === null) return null;
  const days = daysBetween(ymd, sendYmd);
  if (days !== null && days >= 1 && days <= 6) return `on ${formatted.split(' ')[0] ?? formatted}`;
  return `on ${formatted.split(' ').slice(1).join(' ')}`;
}
