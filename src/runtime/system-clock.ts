import { parseInstant } from '../core/calendar/instant';
import { invalid } from '../core/app-error';
import type { Clock } from '../ports/clock';

export const systemClock: Clock = { now: () => new Date() };

/**
 * A clock stopped at one instant, for `--now` and tests: reproducible runs.
 *
 * @example
 * fixedClock('2026-11-23T09:00:00Z').now().toISOString(); // '2026-11-23T09:00:00.000Z'
 */
export function fixedClock(iso: string): Clock {
  const ms = parseInstant(iso);
  if (Number.isNaN(ms) || !/(Z|[+-]\d\d:?\d\d)$/.test(iso.trim())) {
    throw invalid('now', `must be an ISO 8601 instant with a zone, such as 2026-11-23T09:00:00Z (got "${iso}")`);
  }
  return { now: () => new Date(ms) };
}
