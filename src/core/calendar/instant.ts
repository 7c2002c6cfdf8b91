import { formatOffset } from './zone-clock-format';

const MS_PER_DAY = 86_400_000;

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
 * The value of the character at `i` as a digit: 0–9 for a digit, anything else otherwise, which the caller
 * checks. Integer operations only, because this runs for every event of every planned application.
 */
function digit(text: string, i: number): number {
  return text.charCodeAt(i) - 48;
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
  if (n < 20 || n > 29 || text.charCodeAt(4) !== 45 || text.charCodeAt(7) !== 45 || text.charCodeAt(10) !== 84 || text.charCodeAt(13) !== 58 || text.charCodeAt(16) !== 58) {
    return Date.parse(text);
  }
  const y0 = digit(text, 0), y1 = digit(text, 1), y2 = digit(text, 2), y3 = digit(text, 3);
  const mo0 = digit(text, 5), mo1 = digit(text, 6), d0 = digit(text, 8), d1 = digit(text, 9);
  const h0 = digit(text, 11), h1 = digit(text, 12), mi0 = digit(text, 14), mi1 = digit(text, 15);
  const s0 = digit(text, 17), s1 = digit(text, 18);
  // A value outside 0–9 makes one side of its pair negative, and so the whole check.
  let bad = y0 | y1 | y2 | y3 | mo0 | mo1 | d0 | d1 | h0 | h1 | mi0 | mi1 | s0 | s1;
  bad |= (9 - y0) | (9 - y1) | (9 - y2) | (9 - y3) | (9 - mo0) | (9 - mo1) | (9 - d0) | (9 - d1);
  bad |= (9 - h0) | (9 - h1) | (9 - mi0) | (9 - mi1) | (9 - s0) | (9 - s1);
  let i = 19;
  let ms = 0;
  if (text.charCodeAt(19) === 46 && n >= 24) {
    const f0 = digit(text, 20), f1 = digit(text, 21), f2 = digit(text, 22);
    bad |= f0 | f1 | f2 | (9 - f0) | (9 - f1) | (9 - f2);
    ms = f0 * 100 + f1 * 10 + f2;
    i = 23;
  }
  let offset = 0;
  let offsetBad = false;
  const zone = text.charCodeAt(i);
  if (zone === 90 && i + 1 === n) offset = 0;
  else if ((zone === 43 || zone === 45) && i + 6 === n && text.charCodeAt(i + 3) === 58) {
    const oh0 = digit(text, i + 1), oh1 = digit(text, i + 2), om0 = digit(text, i + 4), om1 = digit(text, i + 5);
    bad |= oh0 | oh1 | om0 | om1 | (9 - oh0) | (9 - oh1) | (9 - om0) | (9 - om1);
    offsetBad = oh0 * 10 + oh1 > 23 || om0 * 10 + om1 > 59;
    const minutes = (oh0 * 10 + oh1) * 60 + om0 * 10 + om1;
    offset = zone === 45 ? -minutes : minutes;
  } else {
    return Date.parse(text);
  }
  const year = y0 * 1000 + y1 * 100 + y2 * 10 + y3;
  const month = mo0 * 10 + mo1;
  const day = d0 * 10 + d1;
  const hour = h0 * 10 + h1;
  const minute = mi0 * 10 + mi1;
  const second = s0 * 10 + s1;
  // Year 0 and the rare forms (24:00, leap seconds) are left to Date.parse. A day past the month's end is no
  // date at all, although V8 reads 30 February as 2 March.
  if (bad < 0 || year < 1 || month < 1 || month > 12 || day < 1 || hour > 23 || minute > 59 || second > 59 || offsetBad) {
    return Date.parse(text);
  }
  if (day > daysInMonth(year, month)) return NaN;
  return daysFromCivil(year, month, day) * MS_PER_DAY + ((hour * 60 + minute - offset) * 60 + second) * 1000 + ms;
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
