import { invalid } from '../core/app-error';

/**
 * A calendar date, or a date and time with an explicit offset. A date-time without an offset is refused:
 * `Date.parse` would read it in the zone of whichever machine runs the store, so the same row would sort
 * differently on a laptop and on a server.
 */
const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}(?:T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:\d{2}))?$/;

/**
 * Epoch milliseconds of an ISO 8601 instant, for the `*_ms` columns that order and compare instants written
 * with different UTC offsets. The ISO string itself is stored unchanged beside it.
 *
 * @example
 * epochMs('2026-03-09T09:00:00-04:00', 'due.start'); // 1773061200000
 */
export function epochMs(iso: string, field: string): number {
  const ms = ISO_INSTANT.test(iso) ? Date.parse(iso) : Number.NaN;
  if (!Number.isFinite(ms)) {
    throw invalid(field, `is not an ISO 8601 instant with an offset: ${JSON.stringify(iso)}`);
  }
  return ms;
}
