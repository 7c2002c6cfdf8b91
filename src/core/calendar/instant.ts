import { formatOffset } from './zone-clock-format';

const MS_PER_DAY = 86_400_000;

/** The digit at `i` as a number, or a large negative number when it is not a digit, so sums go negative. */
function d(text: string, i: number): number {
  const c = text.charCodeAt(i) - 48;
  return c >= 0 && c <= 9 ? c : -1e9;
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/**
 * The Gregorian date of a day number (H. Hinnant's civil_from_days), without allocating a Date.
 *
 * @example
 * civilFromDays(20_780); // { year: 2026, month: 11, day: 23 }
 */
export function civilFromDays(days: number): { year: number; month: number; day: number } {
  const z = days + 719_468;
  const era = Math.floor(z / 146_097);
  const doe = z - era * 146_097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36_524) - Math.floor(doe / 146_096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const month = mp < 10 ? mp + 3 : mp - 9;
  return { year: yoe + era * 400 + (month <= 2 ? 1 : 0), month, day: doy - Math.floor((153 * mp + 2) / 5) + 1 };
}

/** Days since 1970-01-01 of a Gregorian date (H. Hinnant's days_from_civil), without allocating. */
export function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146_097 + doe - 719_468;
}

/**
 * Epoch milliseconds of an ISO 8601 instant, or NaN. The common shapes stored by hearback
 * (`2026-11-23T09:00:00Z`, `…:00.000Z`, `…:00-05:00`) are parsed by hand, several times faster than
 * Date.parse, which costs a few hundred nanoseconds; anything else falls back to Date.parse.
 *
 * @example
 * parseInstant('2026-11-23T09:00:00-05:00'); // 1795442400000
 */
export function parseInstant(text: string): number {
  const n = text.length;
  if (n >= 20 && text.charCodeAt(4) === 45 && text.charCodeAt(7) === 45 && text.charCodeAt(10) === 84 && text.charCodeAt(13) === 58 && text.charCodeAt(16) === 58) {
    const year = d(text, 0) * 1000 + d(text, 1) * 100 + d(text, 2) * 10 + d(text, 3);
    const month = d(text, 5) * 10 + d(text, 6);
    const day = d(text, 8) * 10 + d(text, 9);
    const hour = d(text, 11) * 10 + d(text, 12);
    const minute = d(text, 14) * 10 + d(text, 15);
    const second = d(text, 17) * 10 + d(text, 18);
    let i = 19;
    let ms = 0;
    if (text.charCodeAt(i) === 46 && n >= 24) {
      ms = d(text, 20) * 100 + d(text, 21) * 10 + d(text, 22);
      i = 23;
    }
    let offset = NaN;
    const zone = text.charCodeAt(i);
    if (zone === 90 && i + 1 === n) offset = 0;
    else if ((zone === 43 || zone === 45) && i + 6 === n && text.charCodeAt(i + 3) === 58) {
      const minutes = (d(text, i + 1) * 10 + d(text, i + 2)) * 60 + d(text, i + 4) * 10 + d(text, i + 5);
      if (minutes >= 0) offset = zone === 45 ? -minutes : minutes;
    }
    if (year >= 0 && month >= 1 && month <= 12 && day >= 1 && hour >= 0 && hour < 24 && minute >= 0 && minute < 60 && second >= 0 && second < 60 && ms >= 0 && !Number.isNaN(offset)) {
      if (day > daysInMonth(year, month)) return NaN;
      return daysFromCivil(year, month, day) * MS_PER_DAY + ((hour * 60 + minute - offset) * 60 + second) * 1000 + ms;
    }
  }
  return Date.parse(text);
}

const pad2 = (n: number) => (n < 10 ? `0${n}` : `${n}`);

/**
 * Formats an instant as local ISO 8601 with the given offset in minutes, without allocating a Date.
 *
 * @example
 * formatInstant(Date.UTC(2026, 10, 23, 14), -300); // '2026-11-23T09:00:00-05:00'
 */
export function formatInstant(ms: number, offsetMinutes: number): string {
  const local = ms + offsetMinutes * 60_000;
  const days = Math.floor(local / MS_PER_DAY);
  const rest = local - days * MS_PER_DAY;
  const { year, month, day } = civilFromDays(days);
  const seconds = Math.floor(rest / 1000);
  if (year < 0 || year > 9999) return new Date(ms).toISOString();
  return `${String(year).padStart(4, '0')}-${pad2(month)}-${pad2(day)}T${pad2(Math.floor(seconds / 3600))}:${pad2(Math.floor(seconds / 60) % 60)}:${pad2(seconds % 60)}${formatOffset(offsetMinutes)}`;
}
