import type { Action, EventKind } from '../core/model';
import { formatWindow, seedId } from './format-when';
import { column, type Output } from './output';

/**
 * The words for each kind of action, the same as the web app's (in lower case, as the CLI writes them), so
 * `today`, `plan` and `list` name a thing the way the browser does.
 */
const ACTION_LABELS: Record<Action['kind'], string> = {
  follow_up: 'follow-up',
  thank_you: 'thank-you',
  check_in: 'check-in',
  call: 'call',
  rejection_reply: 'reply to rejection',
  mark_ghosted: 'mark as no answer',
};

/** The words for each kind of event, as the web app's timeline writes them. */
const EVENT_LABELS: Record<EventKind, string> = {
  applied: 'applied',
  reply: 'they replied',
  interview: 'interview',
  rejection: 'rejection',
  offer: 'offer',
  withdrawn: 'I withdrew',
  follow_up_sent: 'follow-up sent',
  thank_you_sent: 'thank-you sent',
  call: 'phone call',
  feedback: 'feedback received',
  auto_reply: 'automatic reply (out of office)',
  bounce: 'email bounced',
  note: 'note',
  ghosted: 'marked as no answer',
};

/** An action's kind in words: `reply to rejection`. */
export function actionLabel(kind: Action['kind']): string {
  return ACTION_LABELS[kind];
}

/** An event's kind in words: `follow-up sent`. */
export function eventLabel(kind: EventKind): string {
  return EVENT_LABELS[kind];
}

function how(action: Action): string {
  const c = action.contact;
  const who = c ? (c.name ?? c.email ?? c.phone ?? 'contact') : 'no contact yet';
  if (action.channel === 'phone') return `call ${who}${c?.phone ? ` on ${c.phone}` : ''}`;
  if (action.channel === 'email') return `email ${c?.name && c.email ? `${c.name} <${c.email}>` : who}${action.alternative ? ` (or call ${action.alternative.phone})` : ''}`;
  return 'in hearback';
}

/** One action as three short lines: what and for whom, how and when, why and from which seeds. */
export function formatAction(out: Output, action: Action, label: string | null): string[] {
  const title = `${actionLabel(action.kind)}${action.kind === 'follow_up' ? ` ${action.step}` : ''}`;
  const head = `  ${out.style('bold', column(title, 20))}${column(label ?? '', 48)}${out.style('dim', action.id)}`;
  return [
    head.trimEnd(),
    `      ${how(action)} · ${formatWindow(action.due)}`,
    `      ${action.reason}`,
    `      ${out.style('dim', `sources: ${action.sources.map(seedId).join(', ')}`)}`,
  ];
}

export function applicationLabel(app: { company: string; role: string }): string {
  return `${app.company} — ${app.role}`;
}
