import { CLOSED_STAGES, type Application } from '../model';

/** How far back a folder's first read reaches when no open application is older. */
export const FIRST_PASS_DAYS = 30;

const DAY_MS = 86_400_000;

/**
 * The day a folder's first read starts from, `YYYY-MM-DD` (UTC): the earliest `appliedAt` among open
 * applications, or `FIRST_PASS_DAYS` before now, whichever is earlier. Mail older than that cannot be about
 * an application still open, and reading a whole INBOX from its first UID would apply years-old verdicts
 * (a 2023 rejection for another role closing a 2025 application).
 *
 * @example
 * firstPassSince([{ stage: 'applied', appliedAt: '2025-01-10T09:00:00Z' }], '2025-03-05T10:00:00Z');
 * // '2025-01-10'
 */
export function firstPassSince(
  applications: readonly Pick<Application, 'stage' | 'appliedAt'>[],
  now: string,
  days = FIRST_PASS_DAYS,
): string {
  let earliest = Date.parse(now) - days * DAY_MS;
  for (const a of applications) {
    if (CLOSED_STAGES.has(a.stage) || !a.appliedAt) continue;
    const at = Date.parse(a.appliedAt);
    if (Number.isFinite(at) && at < earliest) earliest = at;
  }
  return new Date(earliest).toISOString().slice(0, 10);
}
