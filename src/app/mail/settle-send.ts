import type { AppEvent } from '../../core/model';
import type { OutboxGuard, OutboxItem, OutboxPatch } from '../../ports/mail-records';
import { eventForAction } from '../act-on-action';
import { nowIso, type AppDeps } from '../deps';
import { replanApplication } from '../replan';

/** Clears the lease: every final or waiting state drops it. */
const unleased = { phase: null, leaseOwner: null, leaseUntil: null } as const;

/**
 * Records a message as sent and the action as done, in one transaction: the outbox row, the
 * `follow_up_sent` or `thank_you_sent` event carrying the Message-ID, and the replan. The row changes only
 * while the guard holds, so of two workers that both believe they sent it, one records it.
 */
export async function markSent(
  deps: AppDeps,
  item: OutboxItem,
  sent: { at: string; response: string; reason: string | null },
  guard: OutboxGuard,
): Promise<boolean> {
  const now = nowIso(deps);
  return deps.db.transaction(async (db) => {
    const patch: OutboxPatch = { ...unleased, state: 'sent', sentAt: sent.at, smtpResponse: sent.response, reason: sent.reason, updatedAt: now };
    if (!(await db.updateOutbox(item.actionId, patch, guard))) return false;
    if (!(await db.getApplication(item.applicationId))) return true;
    const shape = eventForAction(item.action, 'email', null, item.messageId);
    const event = { id: deps.ids.next('event'), applicationId: item.applicationId, at: sent.at, note: null, source: 'mail', createdAt: now, ...shape } as AppEvent;
    await db.insertEvent(event);
    await db.deleteActionState(item.action.id);
    await replanApplication({ ...deps, db }, item.applicationId);
    return true;
  });
}

/** Ends a worker's hold on a row: back to the queue, cancelled, failed, or waiting for the user. */
export function release(deps: AppDeps, item: OutboxItem, patch: Omit<OutboxPatch, 'updatedAt'>, guard: OutboxGuard): Promise<boolean> {
  return deps.db.updateOutbox(item.actionId, { ...unleased, ...patch, updatedAt: nowIso(deps) }, guard);
}

/** Minutes to wait before retry N (1-based) after a temporary failure. */
const BACKOFF_MINUTES = [1, 5, 15, 60, 240];
export const MAX_ATTEMPTS = BACKOFF_MINUTES.length + 1;

export function retryAt(nowMs: number, attempt: number): string {
  const minutes = BACKOFF_MINUTES[Math.min(attempt, BACKOFF_MINUTES.length) - 1] ?? 1;
  return new Date(nowMs + minutes * 60_000).toISOString();
}
