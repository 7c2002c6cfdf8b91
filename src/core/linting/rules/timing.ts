import { humanDate, parseIsoDate } from '../../calendar/civil-date';
import { seedFiles } from '../../model';
import type { LintFinding, LintRule } from '../types';

/**
 * Chasing before the planner's window opens is too soon (000: give them a few days; 003: 5–7 days). A
 * thank-you has no such floor, because it should go as soon as possible (001), but it counts most within
 * 24–48 hours of the interview (004). That lateness is measured from the interview itself, never from the
 * planner's window, whose end is a planning choice and not the moment the message stops counting.
 */
const TOO_SOON_KINDS = new Set(['follow_up', 'check_in', 'call']);

const HOUR_MS = 3_600_000;

function instant(iso: string | undefined | null): number | null {
  if (!iso) return null;
  const ms = Date.parse(iso);
  return Number.isNaN(ms) ? null : ms;
}

function lateThankYou(now: number, interviewAt: number | null): LintFinding[] {
  if (interviewAt === null) return [];
  const hours = (now - interviewAt) / HOUR_MS;
  if (hours <= 24) return [];
  if (hours <= 48) {
    const message = 'More than 24 hours since the interview: send it today, while it still counts.';
    return [{ rule: 'timing', severity: 'warning', start: 0, end: 0, message, sources: seedFiles('004') }];
  }
  // The planner drops a thank-you 48 hours after the interview (004's outer bound), so the lint must not
  // call it still worth sending. 001 finds showing appreciation always appropriate, so a short note is not
  // wrong, but it can only help while they have not decided.
  const message =
    'More than 48 hours since the interview: the moment for a thank-you has passed; a short note is still polite only if they have not decided yet.';
  return [{ rule: 'timing', severity: 'warning', start: 0, end: 0, message, sources: seedFiles('001', '004') }];
}

export const timingRule: LintRule = {
  id: 'timing',
  severities: ['warning'],
  catches:
    'Sending a follow-up, check-in or call before the planned window opens, or a thank-you more than 24 hours after the interview.',
  sources: seedFiles('000', '001', '003', '004'),
  check(_doc, context) {
    const now = instant(context.now);
    const start = instant(context.window?.start);
    if (now === null) return [];
    if (TOO_SOON_KINDS.has(context.kind) && start !== null && now < start) {
      return [
        {
          rule: 'timing',
          severity: 'warning',
          start: 0,
          end: 0,
          message: `Too soon: the window opens ${whenOpens(context.window?.start ?? '')}; give them time to review.`,
          sources: seedFiles('000', '003'),
        },
      ];
    }
    if (context.kind === 'thank_you') return lateThankYou(now, instant(context.interviewAt));
    return [];
  },
};

/**
 * "Mon 30 Nov, 09:00 their time" from the window's start, whose offset is the recipient's: the date and the
 * time of day are read from the text itself, so no zone database is needed.
 */
function whenOpens(start: string): string {
  const day = parseIsoDate(start.slice(0, 10));
  const time = /^\d{4}-\d{2}-\d{2}T(\d{2}:\d{2})/.exec(start)?.[1];
  return day === null || time === undefined ? start : `${humanDate(day)}, ${time} their time`;
}
