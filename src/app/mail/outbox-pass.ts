import type { OutboxItem } from '../../ports/mail-records';
import { nowIso, type AppDeps } from '../deps';
import { checkInbox, type InboxPass } from './check-inbox';
import type { MailSession } from './mail-session';
import { release } from './settle-send';
import { sendClaimed, settleBySent, type SendOptions, type SendReport } from './send-claimed';

export interface OutboxPassOptions extends SendOptions {
  /** How long a claim holds; well beyond the SMTP timeouts, so a live worker never loses its row. */
  leaseMs: number;
  /** Rows looked at per pass. */
  limit?: number;
  /** Reads new mail before sending anything due (the default); off for callers that just read it. */
  readInbox?: boolean;
}

export interface OutboxPass {
  reports: SendReport[];
  /** Rows still due or in flight after the pass. */
  remaining: number;
  /** The inbox pass made before sending, when a message was due. */
  inbox: InboxPass | null;
  /** Why the inbox could not be read before sending; the due messages went out regardless. */
  inboxError: string | null;
}

const leaseUntil = (now: string, ms: number) => new Date(Date.parse(now) + ms).toISOString();

/**
 * A row whose lease ran out was held by a worker that stopped. Before its SMTP transaction (phase
 * `claimed`) it simply goes back to the queue; after it may have started, the Sent folder decides.
 */
async function recover(deps: AppDeps, session: MailSession, item: OutboxItem, options: OutboxPassOptions): Promise<SendReport | null> {
  const now = nowIso(deps);
  if (!(await deps.db.claimOutbox(item.actionId, { owner: options.owner, now, leaseUntil: leaseUntil(now, options.leaseMs) }, 'expired'))) return null;
  if (item.phase !== 'smtp') {
    const reason = 'a worker stopped before sending it; queued again';
    await release(deps, item, { state: 'queued', reason }, { owner: options.owner });
    return { actionId: item.actionId, outcome: 'requeued', reason };
  }
  return settleBySent(deps, session, item, options.owner);
}

/**
 * One pass of the sender worker: reads new mail when a message is due (so a reply cancels its follow-up),
 * recovers rows whose lease ran out, then claims each due row with an atomic
 * conditional update (safe with several workers on SQLite or PostgreSQL) and sends it. A refused login or
 * an unreachable server stops the pass: every other message would fail the same way.
 */
export async function runOutboxPass(deps: AppDeps, session: MailSession, options: OutboxPassOptions): Promise<OutboxPass> {
  const reports: SendReport[] = [];
  const due = await deps.db.listOutboxDue(nowIso(deps), options.limit ?? 50);
  let inbox: InboxPass | null = null;
  let inboxError: string | null = null;
  // The send-time checks see only recorded events: a reply that came overnight must be read first, or the
  // follow-up it makes pointless goes out. A mailbox that cannot be read does not hold the queue back
  // (see docs/mail.md): a follow-up crossing a reply is a small embarrassment, a queue stuck on a broken
  // IMAP login is a silent failure.
  if (options.readInbox !== false && due.some((item) => item.state === 'queued')) {
    try {
      inbox = await checkInbox(deps, session);
    } catch (error) {
      inboxError = error instanceof Error ? error.message : String(error);
    }
  }
  for (const item of due) {
    let report: SendReport | null;
    if (item.state === 'sending') {
      report = await recover(deps, session, item, options);
    } else {
      const now = nowIso(deps);
      const claimed = await deps.db.claimOutbox(item.actionId, { owner: options.owner, now, leaseUntil: leaseUntil(now, options.leaseMs) }, 'queued');
      report = claimed ? await sendClaimed(deps, session, { ...item, state: 'sending', phase: 'claimed', leaseOwner: options.owner }, options) : null;
    }
    if (report) reports.push(report);
    if (report?.stop) break;
  }
  const remaining = (await deps.db.listOutboxDue(nowIso(deps), 1)).length + (await deps.db.listOutbox({ states: ['sending'] })).length;
  return { reports, remaining, inbox, inboxError };
}
