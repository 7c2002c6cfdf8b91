import { humanDate } from '../calendar/civil-date';
import { actionId } from './action-id';
import { AFTER_REJECTION, emailRecipient } from './contact-choice';
import { longExpired, note, notBeforeAway, propose, type PlanContext, sendWindowOn } from './plan-context';
import type { SentMark } from './facts';
import { cite } from './sources';

/** Whether anything was sent after `at`: a reply to the rejection logged as a plain follow-up. */
function sentAfter(sent: readonly SentMark[], at: number): boolean {
  for (const mark of sent) if (mark.at > at) return true;
  return false;
}

/**
 * One reply to a rejection within two business days: thanks, continued interest, and a request for one
 * thing to improve (003). Never a second one, and none to a no-contact posting that never interviewed you.
 */
export function planRejectionReply(ctx: PlanContext): void {
  const { facts, app, calendar, settings, params } = ctx;
  const rejection = facts.rejection;
  if (!rejection) return;
  const at = facts.rejectionMs;
  if (app.policy.noContact && facts.interviews.length === 0) {
    note(ctx, 'rejection.reply', 'The posting asked not to be contacted and there was no interview, so hearback suggests no reply.', cite('001'));
    return;
  }
  if (facts.rejectionReplied || sentAfter(facts.sent, at)) return;
  if (longExpired(ctx, at)) return;
  const rejectedOn = calendar.dayOf(at);
  const day = notBeforeAway(ctx, calendar.addBusinessDays(rejectedOn, 1));
  const lastDay = calendar.addBusinessDays(rejectedOn, params.rejectionReplyWithinBusinessDays);
  const to = emailRecipient(ctx.contacts, facts.bounced, AFTER_REJECTION);
  propose(ctx, {
    id: actionId(app.id, 'rr'),
    kind: 'rejection_reply',
    step: 1,
    channel: 'email',
    contact: to,
    window: sendWindowOn(ctx, day),
    range: settings.send,
    expiresAt: calendar.window(lastDay, settings.business).end,
    rule: 'rejection.reply',
    reason: `They said no on ${humanDate(rejectedOn)}; one short reply within ${params.rejectionReplyWithinBusinessDays} business days can thank them and ask for one thing to improve.${to ? '' : ' Add a contact with an email address to send it.'}`,
    sources: cite('003'),
    context: { appliedOn: null },
  });
}
