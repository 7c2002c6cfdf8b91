import type { ActionKind, Channel } from './action';

export const EVENT_KINDS = [
  'applied',
  'reply',
  'interview',
  'rejection',
  'offer',
  'withdrawn',
  'follow_up_sent',
  'thank_you_sent',
  'call',
  'feedback',
  'auto_reply',
  'bounce',
  'note',
  'ghosted',
] as const;
export type EventKind = (typeof EVENT_KINDS)[number];

export const EVENT_SOURCES = ['manual', 'mail', 'import', 'demo'] as const;
export type EventSource = (typeof EVENT_SOURCES)[number];

/** The outcomes of a call, after the three ways it can go in 003, plus the two ways it can fail to happen. */
export const CALL_OUTCOMES = ['not_seen', 'declined', 'shortlisted', 'voicemail', 'no_answer', 'other'] as const;
export type CallOutcome = (typeof CALL_OUTCOMES)[number];

/** Links an event to the planned action it carried out, so the planner can move the chain on. */
export interface ActionRef {
  actionId: string | null;
  actionKind: ActionKind | null;
  step: number | null;
}

/** The data each kind of event carries. */
export interface EventData {
  applied: Record<string, never>;
  /** A human reply from the employer. */
  reply: { contactId: string | null; messageId: string | null };
  interview: {
    interviewerIds: string[];
    discussed: string[];
    /** The next step date the employer stated, `YYYY-MM-DD`. */
    nextStepDate: string | null;
  };
  rejection: Record<string, never>;
  offer: Record<string, never>;
  withdrawn: Record<string, never>;
  follow_up_sent: ActionRef & { channel: Channel; contactId: string | null; messageId: string | null };
  thank_you_sent: ActionRef & { contactId: string | null; messageId: string | null };
  call: ActionRef & { contactId: string | null; outcome: CallOutcome | null };
  feedback: Record<string, never>;
  /** An automatic reply (out of office, ticket bot). Never a human answer. */
  auto_reply: { returnDate: string | null; messageId: string | null };
  bounce: { address: string; hard: boolean };
  note: Record<string, never>;
  ghosted: ActionRef;
}

interface EventBase<K extends EventKind> {
  id: string;
  applicationId: string;
  kind: K;
  /** When it happened, ISO 8601. */
  at: string;
  /** Free text from the user or a summary of the message. Rendered as text, never as HTML. */
  note: string | null;
  source: EventSource;
  createdAt: string;
  data: EventData[K];
}

/** Something that happened to an application. */
export type AppEvent = { [K in EventKind]: EventBase<K> }[EventKind];
export type EventOf<K extends EventKind> = Extract<AppEvent, { kind: K }>;

export function isEventOf<K extends EventKind>(event: AppEvent, kind: K): event is EventOf<K> {
  return event.kind === kind;
}
