import type { MailVerdict } from './classify-message';
import { extractApplicationFromAck } from './extract-application';
import type { MailLink } from './link-message';
import type { MailMessage } from './mail-message';
import type { Evidence } from './phrase-rules';

/** An event the message stands for, on the application it was linked to (null: the user picks one). */
export interface EventSuggestion {
  kind: 'event';
  event: 'reply' | 'rejection' | 'interview' | 'auto_reply' | 'bounce';
  applicationId: string | null;
  /** Who wrote and about what, for the event's note; plain text. */
  note: string;
  returnDate: string | null;
  address: string | null;
  hard: boolean;
  contactId: string | null;
}

/** An application an acknowledgement stands for. */
export interface ApplicationSuggestion {
  kind: 'application';
  company: string;
  role: string | null;
}

export interface MailJudgement {
  /** `apply` sure enough to act on, `review` for the user to confirm, `ignore` not worth a look. */
  status: 'apply' | 'review' | 'ignore';
  suggestion: EventSuggestion | ApplicationSuggestion | null;
  why: string;
  /** Why a sure verdict was held back for review, kept with the message's evidence for the user to see. */
  caution?: Evidence;
}

export interface JudgeContext {
  /** `live` for the inbox watcher, `import` for a backfill, which may create applications from acks. */
  mode: 'live' | 'import';
  contacts: readonly { id: string; applicationId: string; email: string | null }[];
  /** Each application's `appliedAt`, where known: an outcome dated before it is about an earlier application. */
  appliedAt?: ReadonlyMap<string, string | null>;
}

/** A link weaker than this (an ambiguous pick, a company named deep in the body) is for the user to confirm. */
const SURE_LINK = 0.7;
const SURE_COMPANY = 0.6;

const LABEL: Record<EventSuggestion['event'], string> = {
  reply: 'Reply',
  rejection: 'Rejection',
  interview: 'Interview invitation',
  auto_reply: 'Automatic reply',
  bounce: 'Bounce',
};

function note(label: string, msg: MailMessage): string {
  const from = msg.from ? (msg.from.name ? `${msg.from.name} <${msg.from.address}>` : msg.from.address) : 'unknown sender';
  return `${label} from ${from}: "${msg.subject.slice(0, 200)}"`;
}

function eventOf(verdict: MailVerdict, mode: JudgeContext['mode']): { event: EventSuggestion['event']; label: string } | null {
  switch (verdict.kind) {
    case 'human_reply':
      return { event: 'reply', label: LABEL.reply };
    case 'rejection':
      return { event: 'rejection', label: LABEL.rejection };
    // Live, an invitation is an answer that stops the chasers; the interview is logged when it happens.
    // In a backfill of past mail, the interview did happen, about then.
    case 'interview_invite':
      return { event: mode === 'import' ? 'interview' : 'reply', label: LABEL.interview };
    case 'auto_reply':
      return { event: 'auto_reply', label: LABEL.auto_reply };
    case 'bounce':
      return { event: 'bounce', label: LABEL.bounce };
    default:
      return null;
  }
}

function judgeAck(msg: MailMessage, verdict: MailVerdict, link: MailLink | null, context: JudgeContext): MailJudgement {
  if (link) return { status: 'ignore', suggestion: null, why: 'an acknowledgement of an application already tracked; never a reply' };
  if (verdict.tier === 'low') return { status: 'ignore', suggestion: null, why: 'an uncertain acknowledgement' };
  const found = extractApplicationFromAck(msg);
  if (!found.company) return { status: 'ignore', suggestion: null, why: 'an acknowledgement that names no company' };
  const suggestion: ApplicationSuggestion = { kind: 'application', company: found.company, role: found.role };
  const sure = context.mode === 'import' && verdict.tier === 'high' && found.confidence >= SURE_COMPANY;
  return { status: sure ? 'apply' : 'review', suggestion, why: `an acknowledgement from ${found.company}` };
}

/**
 * What to do with one classified message: the confidence tiers of the issue. A sure verdict on a sure link
 * is applied as an event; a medium one, or a sure verdict on a weak link or a link by domain alone, goes to the review queue; a low
 * one is ignored. An acknowledgement never counts as a reply: a backfill creates the application from it,
 * the watcher offers to. A bounce names the address that failed; an automatic reply carries its return date.
 *
 * @example
 * judgeMail(msg, { kind: 'rejection', tier: 'high', ... }, { applicationId: 'a1', via: 'thread', confidence: 0.98 }, ctx);
 * // { status: 'apply', suggestion: { kind: 'event', event: 'rejection', applicationId: 'a1', ... } }
 */
export function judgeMail(msg: MailMessage, verdict: MailVerdict, link: MailLink | null, context: JudgeContext): MailJudgement {
  if (verdict.kind === 'unrelated') return { status: 'ignore', suggestion: null, why: 'not job mail' };
  if (verdict.kind === 'ack') return judgeAck(msg, verdict, link, context);
  const shape = eventOf(verdict, context.mode);
  if (!shape || verdict.tier === 'low') return { status: 'ignore', suggestion: null, why: `a ${verdict.kind.replace('_', ' ')} too uncertain to act on` };
  const sender = msg.from?.address.toLowerCase() ?? null;
  const contact = link ? context.contacts.find((c) => c.applicationId === link.applicationId && c.email?.toLowerCase() === sender) : undefined;
  const suggestion: EventSuggestion = {
    kind: 'event',
    event: shape.event,
    applicationId: link?.applicationId ?? null,
    note: note(shape.label, msg),
    returnDate: verdict.returnDate,
    address: verdict.failedRecipient,
    hard: verdict.bounce !== 'soft',
    contactId: contact?.id ?? null,
  };
  if (!link) return { status: 'review', suggestion, why: `a ${verdict.kind.replace('_', ' ')} not linked to any application` };
  if (shape.event === 'bounce' && !suggestion.address) return { status: 'review', suggestion, why: 'a bounce that does not say which address failed' };
  const why = `${shape.label.toLowerCase()} (${verdict.tier} confidence, linked by ${link.via})`;
  // A company's domain also sends newsletters, product news and mail about other roles: only a thread, a
  // known contact or an ATS relay naming the company ties a message to this application.
  const appliedAt = context.appliedAt?.get(link.applicationId) ?? null;
  if (appliedAt && msg.date && Date.parse(msg.date) < Date.parse(appliedAt)) {
    const detail = `dated ${msg.date.slice(0, 10)}, before the application was sent on ${appliedAt.slice(0, 10)}`;
    return { status: 'review', suggestion, why: `${why}; ${detail}`, caution: { rule: 'date.before-applied', detail } };
  }
  if (link.via === 'domain') {
    const detail = "the sender's domain alone does not say it is about this application";
    return { status: 'review', suggestion, why: `${why}; ${detail}`, caution: { rule: 'link.domain-only', detail } };
  }
  const sure = verdict.tier === 'high' && link.confidence >= SURE_LINK;
  return { status: sure ? 'apply' : 'review', suggestion, why };
}
