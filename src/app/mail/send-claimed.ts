import { isAppError } from '../../core/app-error';
import { checkBeforeSend, type SendDecision } from '../../core/mail/send-checks';
import type { OutboxItem } from '../../ports/mail-records';
import { nowIso, type AppDeps } from '../deps';
import type { MailSession } from './mail-session';
import { sendTimeAfter } from './send-window';
import { markSent, MAX_ATTEMPTS, release, retryAt } from './settle-send';

export type SendOutcome = 'sent' | 'cancelled' | 'deferred' | 'retry' | 'failed' | 'needs_decision' | 'requeued' | 'lost_lease';

export interface SendReport {
  actionId: string;
  outcome: SendOutcome;
  reason: string | null;
  /** Set when the failure should stop the pass: a refused login fails every other message too. */
  stop?: boolean;
}

export interface SendOptions {
  owner: string;
  /** Test hook: runs between the server accepting the message and the outbox recording it. */
  afterSmtp?: () => Promise<void>;
}

/** The checks made again at send time, from the store as it is now. */
async function decide(deps: AppDeps, session: MailSession, item: OutboxItem, now: string): Promise<SendDecision> {
  const nowMs = Date.parse(now);
  const [application, events, stored, activity] = await Promise.all([
    deps.db.getApplication(item.applicationId),
    deps.db.listEvents({ applicationId: item.applicationId }),
    deps.db.getAction(item.actionId),
    deps.db.listOutboxActivity(new Date(nowMs - 86_400_000).toISOString()),
  ]);
  return checkBeforeSend({
    item: { actionId: item.actionId, kind: item.action.kind, to: item.mail.to.address, companyKey: item.companyKey, approvedMs: Date.parse(item.approvedAt), sendAtMs: Date.parse(item.sendAt) },
    application,
    events,
    planned: stored ? { action: stored.action, state: stored.state } : null,
    recent: activity.map((a) => ({ actionId: a.actionId, companyKey: a.companyKey, sentMs: a.state === 'sent' && a.sentAt ? Date.parse(a.sentAt) : null })),
    limits: { dailyCap: session.account.dailyCap, companyGapMinutes: session.account.companyGapMinutes },
    nowMs,
  });
}

/**
 * Settles a row whose SMTP transaction may have happened, from the account's Sent folder: found means
 * sent. Not found means not sent when the provider files sent mail itself; when hearback saves the copy
 * after sending, a missing copy proves nothing, and neither does a Sent folder that cannot be searched:
 * the user decides, and the row never goes back into the queue on a guess.
 */
export async function settleBySent(deps: AppDeps, session: MailSession, item: OutboxItem, owner: string): Promise<SendReport> {
  const guard = { owner };
  let found: boolean;
  try {
    found = await session.inbox().sentContains(item.messageId);
  } catch (error) {
    const why = `could not search the Sent folder to see whether it went out (${error instanceof Error ? error.message : String(error)})`;
    await release(deps, item, { state: 'needs_decision', reason: why }, guard);
    return { actionId: item.actionId, outcome: 'needs_decision', reason: why };
  }
  if (found) {
    const reason = 'found in Sent after an interruption';
    return (await markSent(deps, item, { at: nowIso(deps), response: 'found in Sent', reason }, guard))
      ? { actionId: item.actionId, outcome: 'sent', reason }
      : { actionId: item.actionId, outcome: 'lost_lease', reason: null };
  }
  if (session.sentCopy === 'provider') {
    const reason = 'not in Sent after an interruption, so it did not go out; sending again';
    await release(deps, item, { state: 'queued', reason }, guard);
    return { actionId: item.actionId, outcome: 'requeued', reason };
  }
  const reason = 'hearback stopped while sending, and the copy in Sent is saved only after the server accepts a message: check your Sent folder, then run `hearback mail decide` with --sent, --resend or --cancel';
  await release(deps, item, { state: 'needs_decision', reason }, guard);
  return { actionId: item.actionId, outcome: 'needs_decision', reason };
}

/** How long a provider may take to file a message it accepted in Sent: Gmail and Outlook take seconds. */
export const PROVIDER_FILING_MS = 5 * 60_000;

/**
 * The connection broke after the message was handed over, and the provider files sent mail itself: a look
 * in Sent right now could miss a copy that is still being filed, and sending again on that would send it
 * twice. The row stays `sending` in its SMTP phase with a short lease, so the next pass after it runs out
 * settles it from Sent like a worker that stopped mid-send.
 */
async function settleLater(deps: AppDeps, item: OutboxItem, message: string, owner: string): Promise<SendReport> {
  const now = Date.parse(nowIso(deps));
  const reason = `the connection broke after the message was handed over (${message}); hearback looks for it in Sent in a few minutes, before sending anything again`;
  const held = await deps.db.updateOutbox(item.actionId, { leaseUntil: new Date(now + PROVIDER_FILING_MS).toISOString(), reason, updatedAt: new Date(now).toISOString() }, { owner });
  return held ? { actionId: item.actionId, outcome: 'deferred', reason } : { actionId: item.actionId, outcome: 'lost_lease', reason: null };
}

async function afterFailure(deps: AppDeps, session: MailSession, item: OutboxItem, attempt: number, error: unknown, owner: string): Promise<SendReport> {
  const guard = { owner };
  const message = error instanceof Error ? error.message : String(error);
  if (!isAppError(error) || error.details?.ambiguous === true) {
    if (session.sentCopy === 'provider') return settleLater(deps, item, message, owner);
    return settleBySent(deps, session, { ...item, attempts: attempt }, owner);
  }
  if (error.code === 'mail_permanent') {
    await release(deps, item, { state: 'failed', reason: message, smtpResponse: String(error.details?.response ?? message) }, guard);
    return { actionId: item.actionId, outcome: 'failed', reason: message };
  }
  // A server that could not be reached, or refused the login, was handed nothing: that is no attempt at
  // this message, and a night offline must not use up its tries. Only the server's answers to it count.
  const handedOver = error.code !== 'mail_connect' && error.code !== 'mail_auth';
  if (handedOver && attempt >= MAX_ATTEMPTS) {
    const reason = `gave up after ${attempt} attempts: ${message}`;
    await release(deps, item, { state: 'failed', reason }, guard);
    return { actionId: item.actionId, outcome: 'failed', reason };
  }
  const sendAt = await sendTimeAfter(deps, item, Date.parse(retryAt(Date.parse(nowIso(deps)), attempt)));
  await release(deps, item, { state: 'queued', sendAt, reason: message, attempts: handedOver ? attempt : item.attempts }, guard);
  return { actionId: item.actionId, outcome: 'retry', reason: message, stop: error.code === 'mail_auth' || error.code === 'mail_connect' };
}

/**
 * Sends one row this worker has claimed: the checks again, then the SMTP transaction, then the copy in
 * Sent (when the provider does not file it) and the record. `phase = smtp` is written before the
 * transaction starts, so after a crash a row that never reached SMTP goes back to the queue unchecked.
 */
export async function sendClaimed(deps: AppDeps, session: MailSession, item: OutboxItem, options: SendOptions): Promise<SendReport> {
  const guard = { owner: options.owner };
  const now = nowIso(deps);
  const decision = await decide(deps, session, item, now);
  if (decision.kind === 'cancel') {
    await release(deps, item, { state: 'cancelled', reason: decision.reason }, guard);
    return { actionId: item.actionId, outcome: 'cancelled', reason: decision.reason };
  }
  if (decision.kind === 'defer') {
    await release(deps, item, { state: 'queued', sendAt: await sendTimeAfter(deps, item, decision.untilMs), reason: decision.reason }, guard);
    return { actionId: item.actionId, outcome: 'deferred', reason: decision.reason };
  }
  const attempt = item.attempts + 1;
  if (!(await deps.db.updateOutbox(item.actionId, { phase: 'smtp', attempts: attempt, updatedAt: now }, guard))) {
    return { actionId: item.actionId, outcome: 'lost_lease', reason: null };
  }
  let receipt;
  try {
    receipt = await session.mailer().send({ ...item.mail, messageId: item.messageId, date: now });
  } catch (error) {
    return afterFailure(deps, session, item, attempt, error, options.owner);
  }
  await options.afterSmtp?.();
  let note: string | null = null;
  if (session.sentCopy === 'append') {
    try {
      await session.inbox().appendSent(receipt.raw, now);
    } catch (error) {
      note = `sent, but no copy could be saved in Sent: ${error instanceof Error ? error.message : String(error)}`;
    }
  }
  const recorded = await markSent(deps, item, { at: now, response: receipt.response, reason: note }, guard);
  return { actionId: item.actionId, outcome: recorded ? 'sent' : 'lost_lease', reason: note };
}
