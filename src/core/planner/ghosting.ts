import type { DayNumber } from '../calendar/civil-date';
import { actionId } from './action-id';
import { notBeforeAway, propose, type PlanContext, sendWindowOn } from './plan-context';
import { cite } from './sources';

export interface Silence {
  /** The day the silence is counted from. */
  since: DayNumber;
  /** Business days of silence after it before ghosting is suggested. */
  days: number;
  /** How the reason names that day: "your last follow-up on Tue 10 Nov". */
  what: string;
}

/**
 * Suggests marking the application ghosted after a silence. It is not a message: it keeps the board honest,
 * and a later reply reopens the application.
 *
 * @example
 * proposeGhosted(ctx, 'gh', { since: lastFollowUpDay, days: 10, what: 'your last follow-up on Tue 10 Nov' });
 */
export function proposeGhosted(ctx: PlanContext, code: string, silence: Silence, round = 0): void {
  const day = notBeforeAway(ctx, ctx.calendar.addBusinessDays(silence.since, silence.days));
  propose(ctx, {
    id: actionId(ctx.app.id, code, round),
    kind: 'mark_ghosted',
    step: 1,
    channel: null,
    contact: null,
    window: sendWindowOn(ctx, day),
    range: ctx.settings.send,
    rule: 'silence.mark_ghosted',
    reason: `No word ${silence.days} business days after ${silence.what}; mark it ghosted to keep your board honest (it reopens if they write).`,
    sources: cite('000'),
    context: {},
  });
}
