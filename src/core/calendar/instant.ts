import { formatOffset } from './zone-clock-format';

const MS_PER_DAY = 86_400_000;

function digits(text: string, at: number, count: number): number {
  let value = 0;
  for (let i = at; i < at + count; i++) {
    const d = text.charCodeAt(i) - 48;
    if (d < 0 || d > 9) return -1;
    value = value * 10 + d;
  }
  return value;
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
    const year = digits(text, 0, 4);
    const month = digits(text, 5, 2);
    const day = digits(text, 8, 2);
    const hour = digits(text, 11, 2);
    const minute = digits(text, 14, 2);
    const second = digits(text, 17, 2);
    let i = 19;
    let ms = 0;
    if (text.charCodeAt(i) === 46) {
      ms = digits(text, i + 1, 3);
      i += 4;
    }
    let offset = 0;
    const zone = text.charCodeAt(i);
    if (zone === 90 && i + 1 === n) offset = 0;
    else if ((zone === 43 || zone === 45) && i + 6 === n && text.charCodeAt(i + 3) === 58) {
      const hh = digits(text, i + 1, 2);
      const mm = digits(text, i + 4, 2);
      offset = hh < 0 || mm < 0 ? NaN : (zone === 45 ? -1 : 1) * (hh * 60 + mm);
    } else offset = NaN;
    if (year >= 0 && month >= 1 && month <= 12 && day >= 1 && day <= 31 && hour >= 0 && hour < 24 && minute >= 0 && minute < 60 && second >= 0 && second < 60 && ms >= 0 && !Number.isNaN(offset)) {
      const days = daysFromCivil(year, month, day);
      if (day <= 28 || civilDayOfMonth(days) === day) {
        return days * MS_PER_DAY + ((hour * 60 + minute - offset) * 60 + second) * 1000 + ms;
      }
      return NaN;
    }
  }
  return Date.parse(text);
}

function civilDayOfMonth(days: number): number {
  return new Date(days * MS_PER_DAY).getUTCDate();
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
  const z = days + 719_468;
  const era = Math.floor(z / 146_097);
  const doe = z - era * 146_097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36_524) - Math.floor(doe / 146_096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  const year = yoe + era * 400 + (month <= 2 ? 1 : 0);
  const seconds = Math.floor(rest / 1000);
  if (year < 0 || year > 9999) return new Date(ms).toISOString();
  return `${String(year).padStart(4, '0')}-${pad2(month)}-${pad2(day)}T${pad2(Math.floor(seconds / 3600))}:${pad2(Math.floor(seconds / 60) % 60)}:${pad2(seconds % 60)}${formatOffset(offsetMinutes)}`;
}
