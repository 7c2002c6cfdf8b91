import { z } from 'zod';
import { AppError } from '../../core/app-error';
import { hasErrors, type LintFinding } from '../../core/linting';
import { normaliseCompanyName } from '../../core/mail/company-name';
import { domainOf } from '../../core/mail/mail-message';
import type { AppEvent } from '../../core/model';
import type { OutboxItem } from '../../ports/mail-records';
import type { AppDeps } from '../deps';
import { email } from '../schemas';
import { validate } from '../validate';
import { requireMailAccount } from './mail-account';
import { prepareSend } from './prepare-send';

export const QueueSendInput = z.object({
  actionId: z.string().min(1),
  /** The user's edit of the draft; the draft itself when left out. */
  subject: z.string().trim().min(1).max(998).nullish(),
  body: z.string().min(1).max(100_000).nullish(),
  to: email.nullish(),
  /** Queue it even though the linter found errors in it. */
  force: z.boolean().default(false),
});
export type QueueSendInput = z.input<typeof QueueSendInput>;

export interface QueueSendResult {
  item: OutboxItem;
  /** `queued`: new; `updated`: a queued, cancelled or failed row approved again; `unchanged`: already on its way. */
  outcome: 'queued' | 'updated' | 'unchanged';
  findings: LintFinding[];
}

const SENT_KINDS = new Set<AppEvent['kind']>(['follow_up_sent', 'thank_you_sent']);

/** Earlier messages of this application that hearback sent, so a second follow-up lands in the same thread. */
function threadOf(events: readonly AppEvent[]): { inReplyTo: string | null; references: string[] } {
  const ids = events
    .filter((e) => SENT_KINDS.has(e.kind))
    .map((e) => ('messageId' in e.data ? e.data.messageId : null))
    .filter((id): id is string => typeof id === 'string' && id !== '')
    .map((id) => id.replace(/^<|>$/g, ''));
  return { inReplyTo: ids.at(-1) ?? null, references: ids.slice(-10) };
}

/**
 * Approves an action's draft for sending: stores the exact message with a Message-ID chosen now, before
 * any SMTP transaction, and a send time inside the recipient's send window. One row per action: approving
 * again edits a queued row and revives a cancelled or failed one, and never queues a second message.
 */
export async function queueSend(deps: AppDeps, raw: unknown): Promise<QueueSendResult> {
  const input = validate(QueueSendInput, raw);
  const { account } = await requireMailAccount(deps);
  const prepared = await prepareSend(deps, input);
  const { draftInput, subject, body, to, sendAt, findings, now } = prepared;
  const { action, application, events } = draftInput;
  if (hasErrors(findings) && !input.force) {
    const first = findings.find((f) => f.severity === 'error');
    throw new AppError('validation', `the message has lint errors (${first?.message ?? 'see hearback draft'}); fix them, or queue it anyway with force`, { field: 'body', details: { findings } });
  }
  const item: OutboxItem = {
    actionId: action.id,
    applicationId: application.id,
    messageId: `${action.id}.${deps.ids.next('mail')}@${domainOf(account.address) ?? 'hearback.local'}`,
    state: 'queued',
    action,
    mail: {
      from: { name: account.name, address: account.address },
      to: { name: prepared.toName, address: to },
      subject,
      text: body,
      ...threadOf(events),
    },
    companyKey: normaliseCompanyName(application.company) || application.company.toLowerCase(),
    approvedAt: now,
    sendAt,
    attempts: 0,
    phase: null,
    leaseOwner: null,
    leaseUntil: null,
    sentAt: null,
    smtpResponse: null,
    reason: null,
    updatedAt: now,
  };
  const queued = await deps.db.queueOutbox(item);
  if (queued.created) return { item: queued.item, outcome: 'queued', findings };
  const existing = queued.item;
  if (existing.state === 'sending' || existing.state === 'sent' || existing.state === 'needs_decision') {
    return { item: existing, outcome: 'unchanged', findings };
  }
  // The Message-ID stays: nothing carrying it ever left, or the server refused it outright.
  const patch = { state: 'queued' as const, mail: item.mail, action, approvedAt: now, sendAt, reason: null, attempts: existing.state === 'queued' ? existing.attempts : 0, updatedAt: now };
  // Guarded by state: a worker that claimed the row a moment ago keeps it.
  const changed = await deps.db.updateOutbox(action.id, patch, { states: ['queued', 'cancelled', 'failed'] });
  const after = (await deps.db.getOutboxItem(action.id)) ?? existing;
  return { item: after, outcome: changed ? 'updated' : 'unchanged', findings };
}
