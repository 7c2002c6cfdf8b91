import { seedFiles } from '../../model';
import type { LintRule } from '../types';

/**
 * Chasing before the planner's window opens is too soon (000: give them a few days; 003: 5–7 days). A
 * thank-you has no such floor, because it should go as soon as possible (001), but one sent after its
 * window has closed is past the 24–48 hours that make it count (004).
 */
const TOO_SOON_KINDS = new Set(['follow_up', 'check_in', 'call']);

function instant(iso: string | undefined | null): number | null {
  if (!iso) return null;
  const ms = Date.parse(iso);
  return Number.isNaN(ms) ? null : ms;
}

export const timingRule: LintRule = {
  id: 'timing',
  severities: ['warning', 'info'],
  catches:
    'Sending a follow-up, check-in or call before the planned window opens, or a thank-you after it closes.',
  sources: seedFiles('000', '003', '004'),
  check(_doc, context) {
    const now = instant(context.now);
    const start = instant(context.window?.start);
    const end = instant(context.window?.end);
    if (now === null) return [];
    if (TOO_SOON_KINDS.has(context.kind) && start !== null && now < start) {
      return [
        {
          rule: 'timing',
          severity: 'warning',
          start: 0,
          end: 0,
          message: `Too soon: the window opens ${context.window?.start ?? ''}; give them time to review (000, 003).`,
          sources: seedFiles('000', '003'),
        },
      ];
    }
    if (context.kind === 'thank_you' && end !== null && now > end) {
      return [
        {
          rule: 'timing',
          severity: 'info',
          start: 0,
          end: 0,
          message: 'Past the 24–48 hours after the interview; still worth sending, but send it today (004).',
          sources: seedFiles('004'),
        },
      ];
    }
    return [];
  },
};
