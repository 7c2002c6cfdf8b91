import * as chrono from 'chrono-node';
import type { HeaderMap } from './mail-message';

const DAY_MS = 86_400_000;
/** An out-of-office return date further out than this is more likely a misread than a sabbatical. */
const MAX_AHEAD_DAYS = 400;

/** Sentences worth reading for a date: they talk about being away or coming back. */
const ANCHOR =
  /\b(?:back|return|returning|returns|until|till|til|through|thru|away|out of|leave|holiday|holidays|vacation|office|absent|ooo|travel(?:l)?ing|reachable|available)\b/i;
/** chrono is costly per call, so it only reads sentences that could hold a date at all. */
const MAY_HOLD_DATE =
  /\d|\b(?:mon|tue|wed|thu|fri|sat|sun|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|tomorrow|next|week|month|end of)/i;
const WEEKDAYS = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'];

function isoDay(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

function dayMs(year: number, month: number, day: number): number {
  return Date.UTC(year, month - 1, day);
}

/**
 * "Monday 14th" is read by chrono as the next Monday, ignoring the day of month. The day of month is the
 * stronger statement, so this finds the next date on or after the reference with that day, preferring one
 * that falls on the named weekday.
 */
function weekdayWithDayOfMonth(sentence: string, refMs: number): { ms: number; index: number } | null {
  const match =
    /\b(sun|mon|tue|wed|thu|fri|sat)[a-z]*\.?,?\s+(?:the\s+)?(\d{1,2})(?:st|nd|rd|th)?\b(?!\s*(?:[:/.-]\d|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)))/i.exec(
      sentence,
    );
  if (!match) return null;
  const weekday = WEEKDAYS.indexOf((match[1] ?? '').toLowerCase());
  const day = Number(match[2]);
  if (day < 1 || day > 31) return null;
  const ref = new Date(refMs);
  let fallback: number | null = null;
  for (let k = 0; k < 14; k += 1) {
    const candidate = dayMs(ref.getUTCFullYear(), ref.getUTCMonth() + 1 + k, day);
    if (new Date(candidate).getUTCDate() !== day || candidate < refMs - DAY_MS) continue;
    if (new Date(candidate).getUTCDay() === weekday) return { ms: candidate, index: match.index };
    fallback ??= candidate;
  }
  return fallback === null ? null : { ms: fallback, index: match.index };
}

/**
 * What the words in front of a date say about it: "back on X" and "until X" mean X is the return date,
 * while "away through X", "out on X" and the end of a range mean the person returns the day after. "From X"
 * with no end says when the absence starts, not when it ends, so it gives no return date.
 */
function returnMs(sentence: string, index: number, ms: number, isRangeEnd: boolean): number | null {
  if (isRangeEnd) return ms + DAY_MS;
  const before = sentence.slice(Math.max(0, index - 60), index).toLowerCase();
  const cue =
    /.*\b(back|return|returning|returns|reachable|available|until|till|til|through|thru|from|starting|since|as of|beginning)\b/.exec(
      before,
    )?.[1];
  if (cue === 'from' || cue === 'starting' || cue === 'since' || cue === 'as of' || cue === 'beginning')
    return null;
  if (cue === 'through' || cue === 'thru' || cue === undefined) return ms + DAY_MS;
  return ms;
}

/** Apple's vacation header states the last instant away; half a day later lands on the return date in most zones. */
function appleEndDate(headers: HeaderMap | undefined): string | null {
  const criteria = headers?.['x-apple-criteria']?.[0];
  const end = criteria ? /enddate=(\d{4}-\d\d-\d\dT[\d:.]+Z)/i.exec(criteria)?.[1] : undefined;
  if (!end) return null;
  const ms = Date.parse(end);
  return Number.isNaN(ms) ? null : isoDay(ms + 1000 + DAY_MS / 2);
}

/**
 * Reads the date someone is back from an out-of-office reply, resolved against the date the reply was sent.
 * Returns `YYYY-MM-DD`, or null when no plausible date is stated.
 *
 * @example
 * extractReturnDate(['I will be back on 3 March'], '2025-02-27T10:00:00Z'); // '2025-03-03'
 * extractReturnDate(['Out of office until 2025-03-14'], '2025-03-01T10:00:00Z'); // '2025-03-14'
 */
export function extractReturnDate(
  texts: readonly string[],
  reference: string,
  headers?: HeaderMap,
): string | null {
  const fromHeader = appleEndDate(headers);
  if (fromHeader) return fromHeader;
  const refMs = Date.parse(reference);
  if (Number.isNaN(refMs)) return null;
  const refDay = dayMs(
    new Date(refMs).getUTCFullYear(),
    new Date(refMs).getUTCMonth() + 1,
    new Date(refMs).getUTCDate(),
  );
  const plausible = (ms: number): boolean => ms >= refDay && ms <= refDay + MAX_AHEAD_DAYS * DAY_MS;
  for (const text of texts) {
    const sentences = text
      .slice(0, 4000)
      .split(/(?<=[.!?])\s+|\n+/)
      .slice(0, 40);
    for (const sentence of sentences) {
      if (!ANCHOR.test(sentence) || !MAY_HOLD_DATE.test(sentence)) continue;
      const special = weekdayWithDayOfMonth(sentence, refDay);
      const specialBack =
        special && plausible(special.ms) ? returnMs(sentence, special.index, special.ms, false) : null;
      if (specialBack !== null) return isoDay(specialBack);
      const results = chrono.parse(
        sentence,
        { instant: new Date(refDay), timezone: 0 },
        { forwardDate: true },
      );
      for (const result of results) {
        const known = result.start.isCertain('day') || result.start.isCertain('weekday');
        if (!known) continue;
        const end = result.end;
        const point = end ?? result.start;
        const ms = dayMs(point.get('year') ?? 0, point.get('month') ?? 1, point.get('day') ?? 1);
        const back = returnMs(sentence, result.index, ms, end !== null && end !== undefined);
        if (back !== null && plausible(back)) return isoDay(back);
      }
    }
  }
  return null;
}
