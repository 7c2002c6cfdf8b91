import { zonedClock } from './format-time';

/**
 * How many of the upcoming actions open later on the user's own calendar day. Today's page lists those under
 * "Next 7 days", so its headline must not say "nothing due today" while three things open this afternoon.
 *
 * @example
 * laterToday(['2026-12-07T14:00:00Z', '2026-12-08T14:00:00Z'], '2026-12-07T03:40:00Z', 'UTC'); // 1
 */
export function laterToday(starts: readonly string[], now: string, zone: string): number {
  const today = zonedClock(now, zone).date;
  let count = 0;
  for (const start of starts) if (zonedClock(start, zone).date === today) count++;
  return count;
}

/**
 * The sentence above Today's cards: what is due now, and what opens later today.
 *
 * @example
 * dueLead(1, 3); // 'One thing to do now, and 3 more later today.'
 */
export function dueLead(dueNow: number, later: number): string {
  const now = dueNow === 1 ? 'One thing to do' : `${dueNow} things to do`;
  if (later === 0) return `${now} today.`;
  return `${now} now, and ${later} more later today.`;
}

/**
 * The heading and line of an empty Today, when nothing is open now.
 *
 * @example
 * emptyLead(2); // { heading: 'Nothing due right now', line: '2 things open later today; they are listed under Next 7 days.' }
 */
export function emptyLead(later: number): { heading: string; line: string | null } {
  if (later === 0) return { heading: 'Nothing due today', line: null };
  const line =
    later === 1
      ? 'One thing opens later today; it is listed under Next 7 days.'
      : `${later} things open later today; they are listed under Next 7 days.`;
  return { heading: 'Nothing due right now', line };
}
