import { parseInstant } from '../calendar/instant';
import type { ActionKind, AppEvent, Application, Channel, EventOf, Stage } from '../model';
import { startStage, stepStage } from './derive-stage';

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
  appliedMs: number | null;
  /** Human replies from the employer, as instants, in order. */
  replies: number[];
  interviews: EventOf<'interview'>[];
  /** The last rejection, which the one rejection reply answers. */
  rejection: EventOf<'rejection'> | null;
  /** Follow-ups and calls before the interview stage, and chases after it. */
  sent: SentMark[];
  thankYous: SentMark[];
  rejectionReplied: boolean;
  /** Addresses that bounced hard, lower-cased: they are unusable. */
  bounced: ReadonlySet<string>;
  /** Out-of-office replies with a return date: [received, return date `YYYY-MM-DD`]. */
  awayUntil: [number, string][];
}

/** The stages whose facts the planner reads; the others only get a note. */
const PLANNED_STAGES: ReadonlySet<Stage> = new Set<Stage>(['applied', 'interviewing', 'rejected']);

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
 * Gathers the facts of an application from its events, which must be in chronological order.
 *
 * @example
 * collectFacts(application, events).stage; // 'interviewing'
 */
export function collectFacts(application: Application, events: readonly AppEvent[]): Facts {
  const walk = startStage(application.appliedAt);
  for (const event of events) stepStage(walk, event);
  const facts: Facts = {
    stage: walk.stage,
    appliedMs: application.appliedAt ? parseInstant(application.appliedAt) : null,
    replies: [],
    interviews: [],
    rejection: null,
    sent: [],
    thankYous: [],
    rejectionReplied: false,
    bounced: NONE_BOUNCED,
    awayUntil: [],
  };
  // Nothing is planned for a saved, ghosted, withdrawn or offered application, and most of a long search is
  // closed: their history need not be read.
  if (!PLANNED_STAGES.has(walk.stage)) return facts;
  for (const event of events) {
    const at = parseInstant(event.at);
    switch (event.kind) {
      case 'applied':
        if (facts.appliedMs === null || at < facts.appliedMs) facts.appliedMs = at;
        break;
      case 'reply':
        facts.replies.push(at);
        break;
      case 'interview':
        facts.interviews.push(event);
        break;
      case 'rejection':
        facts.rejection = event;
        break;
      case 'thank_you_sent':
        facts.thankYous.push(mark(event, at));
        break;
      case 'follow_up_sent':
      case 'call':
        if (event.data.actionKind === 'rejection_reply') facts.rejectionReplied = true;
        else if (event.data.actionKind === 'thank_you') facts.thankYous.push(mark(event, at));
        else facts.sent.push(mark(event, at));
        break;
      case 'auto_reply':
        if (event.data.returnDate) facts.awayUntil.push([at, event.data.returnDate]);
        break;
      case 'bounce':
        if (event.data.hard) facts.bounced = new Set([...facts.bounced, event.data.address.toLowerCase()]);
        break;
      default:
        break;
    }
  }
  return facts;
}
