import type { ActionKind } from '../../core/model';
import type { Mailbox } from '../../ports/mailer';
import { OUTBOX_STATES, type OutboxItem, type OutboxState } from '../../ports/mail-records';
import type { AppDeps } from '../deps';
import { nowIso } from '../deps';
import { loadSettings } from '../settings';

/** One outbox row as the web page lists it: the message, where it stands, and for which application. */
export interface OutboxRow {
  actionId: string;
  applicationId: string;
  /** Null when the application was deleted since. */
  company: string | null;
  role: string | null;
  kind: ActionKind;
  state: OutboxState;
  /** Why it was cancelled, failed or waits for a decision; or the last temporary error. */
  reason: string | null;
  sendAt: string;
  sentAt: string | null;
  approvedAt: string;
  updatedAt: string;
  attempts: number;
  to: Mailbox;
  subject: string;
  text: string;
  /** The recipient's zone, in which `sendAt` reads as "their time". */
  zone: string;
}

/** How long sent and cancelled messages stay in the list. */
const SETTLED_DAYS = 30;
const SETTLED: ReadonlySet<OutboxState> = new Set(['sent', 'cancelled']);

/**
 * The outbox for the web page: every message still open (queued, sending, failed, waiting for a decision)
 * and those sent or cancelled in the last 30 days, by send time, each with its application's name and the
 * recipient's zone.
 */
export async function listOutboxRows(deps: Pick<AppDeps, 'db' | 'clock' | 'defaults'>): Promise<OutboxRow[]> {
  const [items, applications, settings] = await Promise.all([deps.db.listOutbox(), deps.db.listApplications(), loadSettings(deps)]);
  const since = Date.parse(nowIso(deps)) - SETTLED_DAYS * 86_400_000;
  const byId = new Map(applications.map((a) => [a.id, a]));
  return items
    .filter((item) => !SETTLED.has(item.state) || Date.parse(item.sentAt ?? item.updatedAt) >= since)
    .map((item) => rowOf(item, byId.get(item.applicationId) ?? null, settings.timezone));
}

function rowOf(item: OutboxItem, application: { company: string; role: string; timezone: string | null } | null, userZone: string): OutboxRow {
  return {
    actionId: item.actionId,
    applicationId: item.applicationId,
    company: application?.company ?? null,
    role: application?.role ?? null,
    kind: item.action.kind,
    state: item.state,
    reason: item.reason,
    sendAt: item.sendAt,
    sentAt: item.sentAt,
    approvedAt: item.approvedAt,
    updatedAt: item.updatedAt,
    attempts: item.attempts,
    to: item.mail.to,
    subject: item.mail.subject,
    text: item.mail.text,
    zone: application?.timezone ?? userZone,
  };
}

/** How many outbox rows are in each state, every state present. */
export async function countOutbox(deps: Pick<AppDeps, 'db'>): Promise<Record<OutboxState, number>> {
  const items = await deps.db.listOutbox();
  const counts = Object.fromEntries(OUTBOX_STATES.map((s) => [s, 0])) as Record<OutboxState, number>;
  for (const item of items) counts[item.state] += 1;
  return counts;
}
