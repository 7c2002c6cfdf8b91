import { CLOSED_STAGES, type Action, type ActionKind, type ActionState, type AppEvent, type Application } from '../model';

/** What to do with a queued message at send time. */
export type SendDecision =
  | { kind: 'send' }
  | { kind: 'cancel'; reason: string }
  | { kind: 'defer'; untilMs: number; reason: string };

/** A message being sent, or sent recently: what the daily cap and the company gap count. */
export interface RecentSend {
  actionId: string;
  companyKey: string;
  /** When it was sent; null while it is being sent. */
  sentMs: number | null;
}

export interface SendCheckInput {
  item: { actionId: string; kind: ActionKind; to: string; companyKey: string; approvedMs: number; sendAtMs: number };
  application: Application | null;
  /** The application's events. */
  events: readonly AppEvent[];
  /** The action as the current plan has it, with what the user did to it; null when it is not planned. */
  planned: { action: Action; state: ActionState | null } | null;
  recent: readonly RecentSend[];
  limits: { dailyCap: number; companyGapMinutes: number };
  nowMs: number;
}

const DAY_MS = 86_400_000;
/** Events that answer a follow-up: after one of these a chaser must not go out. */
const ANSWERS = new Set<AppEvent['kind']>(['reply', 'interview', 'rejection', 'offer', 'withdrawn']);
const CHASERS = new Set<ActionKind>(['follow_up', 'check_in']);

const day = (ms: number) => new Date(ms).toISOString().slice(0, 10);

function changedSinceApproval(input: SendCheckInput): SendDecision | null {
  const { item, application, events } = input;
  if (!application) return { kind: 'cancel', reason: 'the application was deleted' };
  if (application.policy.noContact && item.kind !== 'rejection_reply') {
    return { kind: 'cancel', reason: 'the posting now says not to contact them' };
  }
  const to = item.to.toLowerCase();
  if (events.some((e) => e.kind === 'bounce' && e.data.hard && e.data.address.toLowerCase() === to)) {
    return { kind: 'cancel', reason: `${item.to} bounced; add a working address and approve a new draft` };
  }
  if (CHASERS.has(item.kind)) {
    const answer = events.find((e) => ANSWERS.has(e.kind) && (Date.parse(e.at) >= item.approvedMs || Date.parse(e.createdAt) >= item.approvedMs));
    if (answer) return { kind: 'cancel', reason: `a ${answer.kind.replace('_', ' ')} came in on ${day(Date.parse(answer.at))}, after you approved this ${item.kind.replace('_', '-')}` };
    if (CLOSED_STAGES.has(application.stage)) return { kind: 'cancel', reason: `the application is now ${application.stage}` };
  }
  return null;
}

function planChanged(input: SendCheckInput): SendDecision | null {
  const { planned, nowMs, item } = input;
  if (!planned) return { kind: 'cancel', reason: 'it is no longer in the plan (it expired, was done, or the application changed)' };
  const { action, state } = planned;
  if (state?.status === 'skipped') return { kind: 'cancel', reason: 'you skipped this action' };
  if (action.expiresAt !== null && Date.parse(action.expiresAt) <= nowMs) return { kind: 'cancel', reason: `it expired on ${day(Date.parse(action.expiresAt))}` };
  if (state?.status === 'snoozed' && Date.parse(state.until) > nowMs) {
    return { kind: 'defer', untilMs: Date.parse(state.until), reason: 'you snoozed this action' };
  }
  // The plan moved the action later since approval, for example after an out-of-office reply.
  const dueStart = Date.parse(action.due.start);
  if (dueStart > item.sendAtMs + 60_000 && dueStart > nowMs) {
    return { kind: 'defer', untilMs: dueStart, reason: `the plan moved it: ${action.reason}` };
  }
  return null;
}

function pacing(input: SendCheckInput): SendDecision | null {
  const { recent, limits, nowMs, item } = input;
  const others = recent.filter((r) => r.actionId !== item.actionId);
  const lastDay = others.filter((r) => r.sentMs === null || r.sentMs > nowMs - DAY_MS);
  if (lastDay.length >= limits.dailyCap) {
    const oldest = Math.min(...lastDay.map((r) => r.sentMs ?? nowMs));
    return { kind: 'defer', untilMs: Math.max(oldest + DAY_MS, nowMs + 60_000), reason: `the daily cap of ${limits.dailyCap} messages is reached` };
  }
  const gapMs = limits.companyGapMinutes * 60_000;
  const sameCompany = others.filter((r) => r.companyKey === item.companyKey && (r.sentMs === null || r.sentMs > nowMs - gapMs));
  if (gapMs > 0 && sameCompany.length > 0) {
    const last = Math.max(...sameCompany.map((r) => r.sentMs ?? nowMs));
    return { kind: 'defer', untilMs: Math.max(last + gapMs, nowMs + 60_000), reason: `another message to this company went out less than ${limits.companyGapMinutes} minutes ago` };
  }
  return null;
}

/**
 * The checks made again at send time, as Streak does: the application (deleted, now closed, now "do not
 * contact"), a reply since approval, a bounced address, the plan (the action expired, was skipped,
 * snoozed or moved later), then pacing (the daily cap and the gap between messages to one company). Any
 * change cancels or defers the send, with the reason in words.
 *
 * @example
 * checkBeforeSend({ ...input, events: [reply] }); // { kind: 'cancel', reason: 'a reply came in on 2026-11-24, after you approved this follow-up' }
 */
export function checkBeforeSend(input: SendCheckInput): SendDecision {
  return changedSinceApproval(input) ?? planChanged(input) ?? pacing(input) ?? { kind: 'send' };
}
