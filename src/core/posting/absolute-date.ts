import { Chrono, en, type ParsedResult } from 'chrono-node';
import { dayFromParts, partsOf, resolveYearless, type DayNumber } from './calendar';
import type { DateHit } from './period-phrase';

/*
 * Why chrono-node: the absolute date formats of real postings are many ("15/03/2025", "March 15th",
 * "Friday, 7 March 2025", "5pm on the 31st of January", "2025-03-15", "Mar. 3") and chrono reads them all,
 * with day/month order as a switch. It is used in strict mode only and only on a short window right after a
 * cue such as "closing date" or "we will contact shortlisted candidates", never on the whole posting: casual
 * mode reads "now", "today" or a bare weekday as dates, and a whole-text scan would date every "May" and
 * "2/3". Relative periods ("within 10 working days", "end of March") are read by period-phrase.ts instead,
 * because chrono's casual mode has no working days and, with day-first order, reads "March 15" as 2015.
 * The year of a year-less date follows our own rule (resolveYearless), not chrono's nearest-date guess.
 */
const monthFirst = en.strict;
const dayFirst = new Chrono(en.configuration.createConfiguration(true, true));

const DAY_MS = 86_400_000;
const LETTER = /[a-z]/i;
const MONTH_NAME = /\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)/i;
const CALENDAR_TEXT = /\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)|\d\s*[./-]\s*\d/i;

/**
 * Finds the earliest absolute calendar date in a short window. Numeric dates follow `monthFirstOrder`
 * (03/04 is 4 March when it is false); a date written with a month name is read either way.
 *
 * @example
 * findAbsoluteDate('close on 15/03/2025.', parseIsoDate('2025-01-10')!, false);
 * // { index: 9, length: 10, day: <2025-03-15> }
 */
export function findAbsoluteDate(
  window: string,
  reference: DayNumber,
  monthFirstOrder: boolean,
): DateHit | null {
  const ref = { instant: new Date(reference * DAY_MS + DAY_MS / 2), timezone: 0 };
  const primary = (monthFirstOrder ? monthFirst : dayFirst).parse(window, ref);
  // The other order only adds dates written with a month name, so it runs only when there is one.
  const secondary = MONTH_NAME.test(window)
    ? (monthFirstOrder ? dayFirst : monthFirst).parse(window, ref).filter((r) => LETTER.test(r.text))
    : [];
  const hits = [...primary, ...secondary]
    .map((result) => toHit(result, reference))
    .filter((h): h is DateHit => h !== null);
  hits.sort((a, b) => a.index - b.index || b.length - a.length);
  return hits[0] ?? null;
}

function toHit(result: ParsedResult, reference: DayNumber): DateHit | null {
  const { start } = result;
  if (!start.isCertain('day') || !start.isCertain('month')) return null;
  // Strict mode still reads "within two weeks"; periods belong to period-phrase.ts, which knows working days.
  if (!CALENDAR_TEXT.test(result.text)) return null;
  const month = start.get('month');
  const dayOfMonth = start.get('day');
  if (month === null || dayOfMonth === null) return null;
  let day: DayNumber | null;
  if (start.isCertain('year')) {
    const year = start.get('year');
    // A year far from the posting's time is a misreading (a product version, an account number).
    if (year === null || Math.abs(year - partsOf(reference).year) > 5) return null;
    day = dayFromParts(year, month, dayOfMonth);
  } else {
    day = resolveYearless(month, dayOfMonth, reference);
  }
  return day === null ? null : { index: result.index, length: result.text.length, day };
}
