import type { DueWindow } from '../api/types';
import { formatDate, formatOffset, offsetMinutes, relativeDay, wallClock, zonedClock } from './format-time';

export interface DueText {
  /** "Due now", "Due today", "Due tomorrow", "Overdue since yesterday", or "Planned" for later days (the date follows). */
  headline: string;
  /** The window in the recipient's time: "Tue 24 Nov, 09:00–11:30 their time (UTC−05:00)". */
  theirs: string;
  /** The same window in the user's zone, or null when both clocks agree. */
  yours: string | null;
  overdue: boolean;
}

function range(start: { date: string; time: string }, end: { date: string; time: string }, year: string): string {
  const tail = end.date === start.date ? end.time : `${formatDate(end.date, year)}, ${end.time}`;
  return `${formatDate(start.date, year)}, ${start.time}–${tail}`;
}

/**
 * Says when an action is due, in the recipient's time and in the user's, relative to the server's `now`
 * (which `hearback serve --now` may pin, so the browser's own clock is not used).
 *
 * @example
 * describeDue({ start: '2026-11-24T09:00:00-05:00', end: '2026-11-24T11:30:00-05:00' }, 'Europe/Berlin', '2026-11-24T08:00:00Z').headline;
 * // 'Due today'
 */
export function describeDue(due: DueWindow, userZone: string, now: string): DueText {
  const today = zonedClock(now, userZone).date;
  const year = today.slice(0, 4);
  const theirStart = wallClock(due.start);
  const theirEnd = wallClock(due.end);
  const yourStart = zonedClock(due.start, userZone);
  const yourEnd = zonedClock(due.end, userZone);
  const nowMs = Date.parse(now);
  const started = Date.parse(due.start) <= nowMs;
  const overdue = Date.parse(due.end) < nowMs;
  const closed = relativeDay(yourEnd.date, today);
  const opens = relativeDay(yourStart.date, today);
  const headline = overdue
    ? `Overdue since ${closed === 'today' ? `${yourEnd.time} today` : closed}`
    : started
      ? 'Due now'
      : opens === 'today' || opens === 'tomorrow'
        ? `Due ${opens}`
        : 'Planned';
  const theirs = `${range(theirStart, theirEnd, year)} their time (${formatOffset(offsetMinutes(due.start))})`;
  const same = theirStart.date === yourStart.date && theirStart.time === yourStart.time && theirEnd.time === yourEnd.time;
  return { headline, theirs, yours: same ? null : `${range(yourStart, yourEnd, year)} your time`, overdue };
}

/**
 * "Overdue since Mon 7 Dec" when the window closed before `now`, by the date it closed in the user's zone;
 * `null` while it is still open or to come. The board flags such cards, where a relative "yesterday" would
 * go stale on a page left open.
 *
 * @example
 * overdueSince({ start: '2026-12-07T09:00:00-05:00', end: '2026-12-07T11:30:00-05:00' }, 'America/New_York', '2026-12-09T15:00:00Z');
 * // 'Overdue since Mon 7 Dec'
 */
export function overdueSince(due: DueWindow, userZone: string, now: string): string | null {
  if (!(Date.parse(due.end) < Date.parse(now))) return null;
  const closed = zonedClock(due.end, userZone).date;
  return `Overdue since ${formatDate(closed, zonedClock(now, userZone).date.slice(0, 4))}`;
}
