import { parseInstant } from '../calendar/instant';
import { add, NONE } from './shared-list';
import type { ActionKind, AppEvent, Application, Channel, EventOf, Stage } from '../model';

/** A message or call the user made, as the planner counts it. */
export interface SentMark {
  at: number;
  actionId: string | null;
  actionKind: ActionKind | null;
  channel: Channel;
  contactId: string | null;
}

/** What the planner needs to know from an application's history, gathered in one pass over its events. */
export interface Facts {
  stage: Stage;
  /**
   * When they applied. Left null for a rejected application without an out-of-office reply, whose rules do
   * not read it: most of an old store is rejected, and parsing is most of the cost of reading a history.
   */
  appliedMs: number | null;
  /** Human replies from the employer, as instants, in order. */
  replies: readonly number[];
  interviews: readonly EventOf<'interview'>[];
  /** The last rejection, which the one rejection reply answers, and when it came. */
  rejection: EventOf<'rejection'> | null;
  rejectionMs: number;
  /** Follow-ups and calls before the interview stage, and chases after it. */
  sent: readonly SentMark[];
  thankYous: readonly SentMark[];
  rejectionReplied: boolean;
  /** Addresses that bounced hard, lower-cased: they are unusable. */
  bounced: ReadonlySet<string>;
  /** Out-of-office replies with a return date: [received, return date `YYYY-MM-DD`]. */
  awayUntil: readonly (readonly [number, string])[];
}

/** The stages whose facts the planner reads; the others only get a note. */
export const PLANNED_STAGES: ReadonlySet<Stage> = new Set<Stage>(['applied', 'interviewing', 'rejected']);

const NONE_BOUNCED: ReadonlySet<string> = new Set();
function mark(event: EventOf<'follow_up_sent' | 'thank_you_sent' | 'call'>, at: number): SentMark {
  return {
    at,
    actionId: event.data.actionId,
    actionKind: event.data.actionKind,
    channel: event.kind === 'call' ? 'phone' : event.kind === 'follow_up_sent' ? event.data.channel : 'email',
    contactId: event.data.contactId,
  };
}

/**
 * Gathers the facts of an application in `stage` (from `deriveStage`) from its events, in chronological order.
 *
 * @example
 * collectFacts(application, events, 'interviewing').interviews.length; // 1
 */
export function collectFacts(application: Application, events: readonly AppEvent[], stage: Stage): Facts {
  const facts: Facts = {
    stage,
    appliedMs: null,
    replies: NONE,
    interviews: NONE,
    rejection: null,
    rejectionMs: NaN,
    sent: NONE,
    thankYous: NONE,
    rejectionReplied: false,
    bounced: NONE_BOUNCED,
    awayUntil: NONE,
  };
  // Nothing is planned for a saved, ghosted, withdrawn or offered application: its history need not be read.
  if (!PLANNED_STAGES.has(stage)) return facts;
  // Only the events whose time a rule reads are parsed: parsing is most of the cost of reading a history.
  for (const event of events) {
    switch (event.kind) {
      case 'reply':
        facts.replies = add(facts.replies, parseInstant(event.at));
        break;
      case 'interview':
        facts.interviews = add(facts.interviews, event);
        break;
      case 'rejection':
        facts.rejection = event;
        facts.rejectionMs = parseInstant(event.at);
        break;
      case 'thank_you_sent':
        facts.thankYous = add(facts.thankYous, mark(event, parseInstant(event.at)));
        break;
      case 'follow_up_sent':
      case 'call':
        if (event.data.actionKind === 'rejection_reply') facts.rejectionReplied = true;
        else if (event.data.actionKind === 'thank_you') facts.thankYous = add(facts.thankYous, mark(event, parseInstant(event.at)));
        else facts.sent = add(facts.sent, mark(event, parseInstant(event.at)));
        break;
      case 'auto_reply':
        if (event.data.returnDate) facts.awayUntil = add(facts.awayUntil, [parseInstant(event.at), event.data.returnDate] as const);
        break;
      case 'bounce':
        if (event.data.hard) facts.bounced = new Set([...facts.bounced, event.data.address.toLowerCase()]);
        break;
      default:
        break;
    }
  }
  if (stage !== 'rejected' || facts.awayUntil.length > 0) facts.appliedMs = appliedMsOf(application, events);
  return facts;
}

/** The earliest of the application's applied time and its applied events. */
function appliedMsOf(application: Application, events: readonly AppEvent[]): number | null {
  let earliest = application.appliedAt ? parseInstant(application.appliedAt) : null;
  for (const event of events) {
    // The applied event usually carries the application's own applied time, already read.
    if (event.kind !== 'applied' || (event.at === application.appliedAt && earliest !== null)) continue;
    const at = parseInstant(event.at);
    if (earliest === null || at < earliest) earliest = at;
  }
  return earliest;
}

