import type { InboxPass, MailItem, OutboxState } from '../api/types';
import { formatDate, formatOffset, zonedClock } from './format-time';
import { EVENT_LABELS } from './labels';

/** Minutes east of UTC of a zone at an instant. */
function offsetIn(iso: string, zone: string): number {
  const { date, time } = zonedClock(iso, zone);
  return Math.round((Date.parse(`${date}T${time}:00Z`) - Math.floor(Date.parse(iso) / 60_000) * 60_000) / 60_000);
}

export interface SendTimeText {
  /** "Mon 23 Nov, 09:01 their time (UTC−05:00)". */
  theirs: string;
  /** "15:01 your time", or null when both clocks read the same. */
  yours: string | null;
  /** It is due already: it goes out as soon as the sender runs. */
  now: boolean;
}

/**
 * When a message goes out, in the recipient's zone and the user's, relative to the server's `now`.
 *
 * @example
 * describeSendTime('2026-11-23T14:01:00Z', 'America/New_York', 'Europe/Berlin', '2026-11-23T14:00:00Z');
 * // { theirs: 'Mon 23 Nov, 09:01 their time (UTC−05:00)', yours: 'Mon 23 Nov, 15:01 your time', now: false }
 */
export function describeSendTime(sendAt: string, zone: string, userZone: string, now: string): SendTimeText {
  const year = zonedClock(now, userZone).date.slice(0, 4);
  const theirs = zonedClock(sendAt, zone);
  const mine = zonedClock(sendAt, userZone);
  const same = theirs.date === mine.date && theirs.time === mine.time;
  return {
    theirs: `${formatDate(theirs.date, year)}, ${theirs.time} their time (${formatOffset(offsetIn(sendAt, zone))})`,
    yours: same ? null : `${formatDate(mine.date, year)}, ${mine.time} your time`,
    now: Date.parse(sendAt) <= Date.parse(now),
  };
}

/** How each outbox state reads, as a section title and a badge. */
export const OUTBOX_STATE_LABELS: Record<OutboxState, string> = {
  needs_decision: 'Needs your decision',
  queued: 'Waiting to go out',
  sending: 'Being sent',
  failed: 'Not sent',
  sent: 'Sent',
  cancelled: 'Cancelled',
};

/** What hearback took a message for, in words: "Looks like a rejection". */
export const VERDICT_LABELS: Record<MailItem['verdict']['kind'], string> = {
  human_reply: 'a reply from a person',
  rejection: 'a rejection',
  interview_invite: 'an interview invitation',
  ack: 'an acknowledgement of your application',
  auto_reply: 'an automatic reply',
  bounce: 'a message that could not be delivered',
  unrelated: 'not about your applications',
};

const RULE_GROUPS: [string, string][] = [
  ['header.', 'Header'],
  ['sender.', 'Sender'],
  ['thread.', 'Thread'],
  ['link.', 'Link'],
  ['body.', 'Body'],
  ['text.', 'Words'],
  ['phrase.', 'Words'],
  ['subject.', 'Subject'],
];

/** Where a piece of evidence was found, for its label: "Header", "Words"... */
export function evidenceSource(rule: string): string {
  return RULE_GROUPS.find(([prefix]) => rule.startsWith(prefix))?.[1] ?? 'Rule';
}

/** What accepting a review item does, in a sentence; `null` when it needs an application chosen first. */
export function suggestionText(item: MailItem): string {
  const s = item.suggestion;
  if (!s) return 'Nothing to do: dismiss it.';
  if (s.kind === 'application') return `Accepting adds the application ${s.company}${s.role ? ` — ${s.role}` : ''}.`;
  const what = s.event === 'interview' ? 'Interview invitation (as a reply)' : EVENT_LABELS[s.event];
  return item.application ? `Accepting logs “${what}” on ${item.application.company} — ${item.application.role}.` : `Accepting logs “${what}” on the application you choose.`;
}

/** A check's outcome in one sentence. */
export function passSummary(pass: InboxPass): string {
  if (pass.read === 0) return 'No new mail.';
  const parts = [`${pass.applied.length} applied`, `${pass.review.length} for review`, `${pass.ignored} not about your applications`];
  return `Read ${pass.read} new ${pass.read === 1 ? 'message' : 'messages'}: ${parts.join(', ')}.`;
}
