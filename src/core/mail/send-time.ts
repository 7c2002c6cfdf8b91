import { BusinessCalendar, type CalendarSpec } from '../calendar/business-calendar';
import { parseInstant } from '../calendar/instant';
import { parseTimeRange } from '../calendar/time-of-day';
import type { DueWindow, TimeOfDayRange } from '../model';

/** Less than this left of a window is not worth starting a send in. */
const MIN_LEFT_MS = 10 * 60_000;
const SEARCH_DAYS = 30;

/**
 * When an approved message goes out: at the start of the action's due window when approved early, at
 * once when approved inside it, and otherwise at the next opening of the send window on a business day in
 * the recipient's calendar, so a follow-up approved late in the evening lands the next morning.
 *
 * @example
 * sendTimeFor(Date.parse('2026-11-23T23:00:00Z'), { start: '2026-11-23T09:00:00-05:00', end: '2026-11-23T11:30:00-05:00' },
 *   { zone: 'America/New_York', country: 'US', region: null }, { start: '09:00', end: '11:30' });
 * // Date.parse('2026-11-24T09:00:00-05:00')
 *
 * A message that expires before that opening (a thank-you, dropped 48 hours after the interview) goes at
 * once instead: pass the action's `expiresAt`.
 */
export function sendTimeFor(nowMs: number, due: DueWindow, place: CalendarSpec, sendWindow: TimeOfDayRange, expiresAt: string | null = null): number {
  const start = parseInstant(due.start);
  const end = parseInstant(due.end);
  if (nowMs < start) return start;
  if (nowMs <= end - MIN_LEFT_MS) return nowMs;
  const calendar = BusinessCalendar.for(place);
  const range = parseTimeRange(sendWindow, 'sendWindow');
  const today = calendar.dayOf(nowMs);
  // A message that would miss its moment by waiting (a thank-you is dropped 48 hours after the interview)
  // goes at once rather than on a morning when it no longer counts.
  const lastMs = expiresAt === null ? Infinity : parseInstant(expiresAt) - MIN_LEFT_MS;
  for (let day = today; day < today + SEARCH_DAYS; day++) {
    if (!calendar.isBusinessDay(day)) continue;
    const window = calendar.window(day, range);
    const from = Math.max(window.start, nowMs);
    if (window.end - from >= MIN_LEFT_MS) return from <= lastMs ? from : nowMs;
  }
  return nowMs;
}
