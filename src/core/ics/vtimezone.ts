import { DateTime, IANAZone } from 'luxon';

const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;

interface Transition {
  /** The first instant of the new offset, epoch milliseconds. */
  at: number;
  /** Offsets in minutes east of UTC, before and after. */
  from: number;
  to: number;
}

/** `-0500`, `+0100`, `+0530`, as TZOFFSETFROM and TZOFFSETTO write offsets. */
function offsetText(minutes: number): string {
  const sign = minutes < 0 ? '-' : '+';
  const abs = Math.abs(minutes);
  return `${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}${String(abs % 60).padStart(2, '0')}`;
}

/** The wall-clock time an instant shows at an offset, as a DTSTART inside a VTIMEZONE writes it. */
function localText(at: number, offset: number): string {
  return new Date(at + offset * MINUTE).toISOString().slice(0, 19).replace(/[-:]/g, '');
}

/**
 * The zone's offset changes between two instants, each found to the minute. Sampling daily and then
 * halving the interval finds every change of a real zone, none of which changes twice in a day.
 */
function transitions(zone: IANAZone, from: number, to: number): Transition[] {
  const found: Transition[] = [];
  let before = from;
  let offset = zone.offset(from);
  for (let t = from + DAY; t <= to; t += DAY) {
    const next = zone.offset(t);
    if (next !== offset) {
      let lo = before;
      let hi = t;
      while (hi - lo > MINUTE) {
        const mid = lo + Math.floor((hi - lo) / 2 / MINUTE) * MINUTE;
        if (zone.offset(mid) === offset) lo = mid;
        else hi = mid;
      }
      found.push({ at: hi, from: offset, to: next });
      offset = next;
    }
    before = t;
  }
  return found;
}

function component(zone: string, at: number, from: number, to: number): string[] {
  const kind = DateTime.fromMillis(at, { zone }).isInDST ? 'DAYLIGHT' : 'STANDARD';
  return [
    `BEGIN:${kind}`,
    `DTSTART:${localText(at, from)}`,
    `TZOFFSETFROM:${offsetText(from)}`,
    `TZOFFSETTO:${offsetText(to)}`,
    `END:${kind}`,
  ];
}

/**
 * A VTIMEZONE for an IANA zone covering the given years, computed from the zone data luxon reads (the
 * platform's). Each offset change is its own STANDARD or DAYLIGHT observance with an explicit DTSTART, and
 * no RRULE: that is valid iCalendar, exact for the years covered, including years in which a country
 * changed its rules, and every client reads it. The first observance gives the offset in force at the
 * start of the range. `null` for a zone luxon does not know.
 *
 * @example
 * vtimezone('America/New_York', 2026, 2026)
 * // 'BEGIN:VTIMEZONE\r\nTZID:America/New_York\r\n...BEGIN:DAYLIGHT\r\nDTSTART:20260308T020000\r\nTZOFFSETFROM:-0500\r\nTZOFFSETTO:-0400\r\n...'
 */
export function vtimezone(zone: string, fromYear: number, toYear: number): string | null {
  if (!IANAZone.isValidZone(zone)) return null;
  const iana = IANAZone.create(zone);
  // Local midnights, so the first observance starts on a readable 1 January 00:00.
  const start = DateTime.fromObject({ year: fromYear }, { zone }).toMillis();
  const end = DateTime.fromObject({ year: toYear + 1 }, { zone }).toMillis();
  const initial = iana.offset(start);
  const lines = [
    'BEGIN:VTIMEZONE',
    `TZID:${zone}`,
    `X-LIC-LOCATION:${zone}`,
    ...component(zone, start, initial, initial),
    ...transitions(iana, start, end).flatMap((t) => component(zone, t.at, t.from, t.to)),
    'END:VTIMEZONE',
  ];
  return `${lines.join('\r\n')}\r\n`;
}
