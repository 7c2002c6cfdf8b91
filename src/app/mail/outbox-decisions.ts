import { AppError } from '../../core/app-error';
import type { OutboxItem } from '../../ports/mail-records';
import { nowIso, type AppDeps } from '../deps';
import { markSent, release } from './settle-send';

export type OutboxDecision = 'sent' | 'resend' | 'cancel';

async function find(deps: AppDeps, actionId: string): Promise<OutboxItem> {
  const item = await deps.db.getOutboxItem(actionId);
  if (!item) throw new AppError('not_found', `nothing in the outbox for action ${actionId}; see \`hearback mail status\``, { field: 'actionId' });
  return item;
}

/**
 * The user's answer for a row hearback could not settle itself, or a change of mind about a queued one:
 * `sent` records it as sent (it is in their Sent folder), `resend` queues it again now, `cancel` drops it.
 * A row being sent at this moment cannot be changed; a sent one neither.
 */
export async function decideOutbox(deps: AppDeps, actionId: string, decision: OutboxDecision): Promise<OutboxItem> {
  const item = await find(deps, actionId);
  if (item.state === 'sending') throw new AppError('conflict', 'it is being sent right now; try again in a minute', { field: 'actionId' });
  if (item.state === 'sent') throw new AppError('conflict', `it was already sent on ${item.sentAt?.slice(0, 10) ?? 'an earlier day'}`, { field: 'actionId' });
  const now = nowIso(deps);
  let changed: boolean;
  if (decision === 'sent') {
    if (item.state !== 'needs_decision') throw new AppError('conflict', `it is ${item.state.replace('_', ' ')}, not waiting for a decision`, { field: 'actionId' });
    changed = await markSent(deps, item, { at: now, response: 'marked sent by you', reason: 'you confirmed it went out' }, { states: ['needs_decision'] });
  } else if (decision === 'resend') {
    changed = await release(deps, item, { state: 'queued', sendAt: now, reason: 'you asked to send it again' }, { states: ['needs_decision', 'failed', 'cancelled'] });
  } else {
    changed = await release(deps, item, { state: 'cancelled', reason: 'cancelled by you' }, { states: ['queued', 'needs_decision', 'failed'] });
  }
  if (!changed) throw new AppError('conflict', `it is ${item.state.replace('_', ' ')}; nothing changed`, { field: 'actionId' });
  return find(deps, actionId);
}
