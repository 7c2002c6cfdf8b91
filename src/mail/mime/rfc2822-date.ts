const MONTHS: Readonly<Record<string, number>> = {
  jan: 0,
  feb: 1,
  mar: 2,
  apr: 3,
  may: 4,
  jun: 5,
  jul: 6,
  aug: 7,
  sep: 8,
  oct: 9,
  nov: 10,
  dec: 11,
};
const ZONES: Readonly<Record<string, number>> = {
  ut: 0,
  gmt: 0,
  z: 0,
  est: -300,
  edt: -240,
  cst: -360,
  cdt: -300,
  mst: -420,
  mdt: -360,
  pst: -480,
  pdt: -420,
};
const RFC2822 =
  /^\s*(?:[A-Za-z]{3,9},?\s*)?(\d{1,2})\s+([A-Za-z]{3})[A-Za-z]*\.?\s+(\d{2,4})\s+(\d{1,2}):(\d{2})(?::(\d{2}))?(?:\.\d+)?\s*([+-]\d{4}|[A-Za-z]{1,3}T?|Z)?/;
/** Dates outside this range are typos or hostile; they are treated as missing. */
const MAX_MS = 8.64e15;

function fromParts(match: RegExpExecArray): number | null {
  const [, day, monthName, yearText, hour, minute, second, zone] = match;
  const month = MONTHS[(monthName ?? '').toLowerCase()];
  if (month === undefined) return null;
  let year = Number(yearText);
  // RFC 5322 section 4.3: two-digit years below 50 are 20xx, others 19xx; three digits add 1900.
  if ((yearText ?? '').length === 2) year += year < 50 ? 2000 : 1900;
  else if ((yearText ?? '').length === 3) year += 1900;
  const d = Number(day);
  const h = Number(hour);
  const m = Number(minute);
  const s = Number(second ?? 0);
  if (d < 1 || d > 31 || h > 23 || m > 59 || s > 60) return null;
  let offset = 0;
  if (zone && (zone[0] === '+' || zone[0] === '-')) {
    const sign = zone[0] === '-' ? -1 : 1;
    offset = sign * (Number(zone.slice(1, 3)) * 60 + Number(zone.slice(3, 5)));
  } else if (zone) {
    // Unknown zone names (military letters, "MET") count as UTC, as RFC 5322 says of "-0000".
    offset = ZONES[zone.toLowerCase()] ?? 0;
  }
  return Date.UTC(year, month, d, h, m, s) - offset * 60_000;
}

/**
 * Reads a Date header as an ISO 8601 instant. The RFC 5322 form is read by hand, since it is nearly every
 * date in real mail and `Date.parse` is slow on it; anything else goes to `Date.parse`. Returns null for a
 * missing or unreadable date.
 *
 * @example
 * parseMailDate('Wed, 1 Feb 2012 00:23:25 -0800 (PST)'); // '2012-02-01T08:23:25.000Z'
 */
export function parseMailDate(value: string | undefined): string | null {
  if (!value) return null;
  const match = RFC2822.exec(value);
  let ms = match ? fromParts(match) : null;
  if (ms === null) {
    ms = Date.parse(value);
    // Some mailers append zone names or other comments that the Date parser refuses.
    if (Number.isNaN(ms)) ms = Date.parse(value.replace(/\([^)]*\)/g, '').replace(/\s+[A-Z]{3,5}\s*$/, ''));
  }
  if (Number.isNaN(ms) || ms < 0 || ms > MAX_MS) return null;
  return new Date(ms).toISOString();
}
