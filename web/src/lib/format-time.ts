/**
 * Dates and times for display. The planner writes a due window with the recipient's UTC offset
 * (`2026-11-24T09:00:00-05:00`), so the recipient's wall-clock time is read from the string itself, and the
 * user's from their zone with Intl: no time-zone library in the browser. The UI is in English, so dates are
 * written the British way ("Tue 24 Nov", "09:00"), which reads unambiguously everywhere.
 */
const LOCALE = 'en-GB';
const DAY_MS = 86_400_000;

interface WallClock {
  /** `YYYY-MM-DD` */
  date: string;
  /** `HH:MM` */
  time: string;
}

/** The offset written at the end of an ISO instant, in minutes east of UTC; `Z` and no offset are 0. */
export function offsetMinutes(iso: string): number {
  const match = /([+-])(\d\d):?(\d\d)$/.exec(iso.trim());
  if (!match) return 0;
  const minutes = Number(match[2]) * 60 + Number(match[3]);
  return match[1] === '-' ? -minutes : minutes;
}

/** The date and time as written in an ISO instant: the recipient's wall clock. */
export function wallClock(iso: string): WallClock {
  const ms = Date.parse(iso) + offsetMinutes(iso) * 60_000;
  const shifted = new Date(ms).toISOString();
  return { date: shifted.slice(0, 10), time: shifted.slice(11, 16) };
}

/** An instant's date and time in an IANA zone. */
export function zonedClock(iso: string, zone: string): WallClock {
  const parts = new Intl.DateTimeFormat('en-CA', { timeZone: zone, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).formatToParts(new Date(iso));
  const part = (type: Intl.DateTimeFormatPartTypes): string => parts.find((p) => p.type === type)?.value ?? '00';
  return { date: `${part('year')}-${part('month')}-${part('day')}`, time: `${part('hour')}:${part('minute')}` };
}

/** `UTC−05:00`, with a real minus sign. */
export function formatOffset(minutes: number): string {
  const sign = minutes < 0 ? '−' : '+';
  const abs = Math.abs(minutes);
  return `UTC${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
}

/** `Tue 24 Nov` for a `YYYY-MM-DD` date; the year is added when it is not `currentYear`. */
export function formatDate(date: string, currentYear?: string): string {
  const [y, m, d] = date.split('-').map(Number);
  const utc = new Date(Date.UTC(y ?? 1970, (m ?? 1) - 1, d ?? 1));
  const withYear = currentYear !== undefined && currentYear !== date.slice(0, 4);
  return new Intl.DateTimeFormat(LOCALE, { timeZone: 'UTC', weekday: 'short', day: 'numeric', month: 'short', ...(withYear ? { year: 'numeric' } : {}) }).format(utc).replace(',', '');
}

/** Whole calendar days from `from` to `to`, both `YYYY-MM-DD`. */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS);
}

/** "today", "tomorrow", "yesterday", or the date. */
export function relativeDay(date: string, today: string): string {
  const diff = daysBetween(today, date);
  if (diff === 0) return 'today';
  if (diff === 1) return 'tomorrow';
  if (diff === -1) return 'yesterday';
  return formatDate(date, today.slice(0, 4));
}

/** A date and time in the user's zone, for timelines: `Tue 24 Nov, 14:05`. */
export function formatInstant(iso: string, zone: string, today?: string): string {
  const { date, time } = zonedClock(iso, zone);
  return `${formatDate(date, today?.slice(0, 4))}, ${time}`;
}

/** Minutes east of UTC of an IANA zone at an instant. */
function zoneOffsetAt(ms: number, zone: string): number {
  const { date, time } = zonedClock(new Date(ms).toISOString(), zone);
  const asUtc = Date.parse(`${date}T${time}:00Z`);
  return Math.round((asUtc - Math.floor(ms / 60_000) * 60_000) / 60_000);
}

/**
 * The instant of a wall-clock time in an IANA zone, as ISO 8601 UTC: what a `datetime-local` field means for
 * a user in that zone. A time skipped by a DST change is read with the offset before the change.
 *
 * @example
 * zonedToInstant('2026-11-24T10:00', 'America/New_York'); // '2026-11-24T15:00:00.000Z'
 */
export function zonedToInstant(local: string, zone: string): string | null {
  const match = /^(\d{4}-\d\d-\d\d)T(\d\d:\d\d)/.exec(local);
  if (!match) return null;
  const naive = Date.parse(`${match[1]}T${match[2]}:00Z`);
  if (Number.isNaN(naive)) return null;
  let guess = naive - zoneOffsetAt(naive, zone) * 60_000;
  guess = naive - zoneOffsetAt(guess, zone) * 60_000;
  return new Date(guess).toISOString();
}

/** The `datetime-local` value of an instant in a zone: `2026-11-24T10:00`. */
export function toLocalInput(iso: string, zone: string): string {
  const { date, time } = zonedClock(iso, zone);
  return `${date}T${time}`;
}
