import type { SeedFile } from './seeds';

export const ACTION_KINDS = ['follow_up', 'thank_you', 'check_in', 'call', 'rejection_reply', 'mark_ghosted'] as const;
export type ActionKind = (typeof ACTION_KINDS)[number];

export const CHANNELS = ['email', 'phone'] as const;
export type Channel = (typeof CHANNELS)[number];

/** The contact an action is addressed to, as known when it was planned. */
export interface ActionContact {
  id: string;
  name: string | null;
  email: string | null;
  phone: string | null;
}

/** A due window: ISO 8601 instants written with the recipient's UTC offset. */
export interface DueWindow {
  start: string;
  end: string;
}

/** Facts the planner used that the drafting and the UI need, so they need not re-derive them. */
export interface ActionContext {
  /** The interview event a thank-you, check-in or call refers to. */
  interviewEventId?: string;
  /** Discussion points recorded for that interview. */
  discussed?: string[];
  /** The next-step date stated at the interview, `YYYY-MM-DD`. */
  nextStepDate?: string | null;
  /** The decision date stated in the posting, `YYYY-MM-DD`. */
  decisionBy?: string | null;
  /** How many follow-ups of this chain were already sent. */
  previousFollowUps?: number;
  /** The date the user applied, `YYYY-MM-DD` in the recipient's zone. */
  appliedOn?: string | null;
  /** The stated return date of an out-of-office reply that moved this action. */
  outOfOfficeUntil?: string | null;
}

/**
 * One thing hearback suggests doing. The id is stable for (application, rule, step), so planning twice gives
 * the same ids, and the outbox uses it as the dedupe key for sending.
 */
export interface Action {
  id: string;
  applicationId: string;
  kind: ActionKind;
  /** 1-based position within its rule's chain: follow-up 1 and 2, thank-you to each interviewer... */
  step: number;
  /** `null` only for `mark_ghosted`, which is a bookkeeping step, not a message. */
  channel: Channel | null;
  contact: ActionContact | null;
  /** The phone offered as an alternative to an email follow-up, when a direct line is known (000). */
  alternative: { channel: 'phone'; phone: string } | null;
  due: DueWindow;
  /** After this instant the action is no longer worth doing and drops out of the plan. */
  expiresAt: string | null;
  /** The rule that produced the action, as documented in docs/playbooks.md: `follow_up.first`. */
  rule: string;
  /** One plain sentence: why this, why then. */
  reason: string;
  /** The seed files the rule comes from. */
  sources: SeedFile[];
  context: ActionContext;
}

/** What the user did with a planned action, other than doing it (which is recorded as an event). */
export type ActionState =
  | { actionId: string; applicationId: string; status: 'snoozed'; until: string; at: string }
  | { actionId: string; applicationId: string; status: 'skipped'; at: string };
