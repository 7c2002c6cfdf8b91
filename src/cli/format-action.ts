import type { Action } from '../core/model';
import { formatWindow, seedId } from './format-when';
import { column, type Output } from './output';

const LABELS: Record<Action['kind'], string> = {
  follow_up: 'follow-up',
  thank_you: 'thank-you',
  check_in: 'check-in',
  call: 'call',
  rejection_reply: 'reply to rejection',
  mark_ghosted: 'mark ghosted',
};

function how(action: Action): string {
  const c = action.contact;
  const who = c ? (c.name ?? c.email ?? c.phone ?? 'contact') : 'no contact yet';
  if (action.channel === 'phone') return `call ${who}${c?.phone ? ` on ${c.phone}` : ''}`;
  if (action.channel === 'email') return `email ${c?.name && c.email ? `${c.name} <${c.email}>` : who}${action.alternative ? ` (or call ${action.alternative.phone})` : ''}`;
  return 'in hearback';
}

/** One action as three short lines: what and for whom, how and when, why and from which seeds. */
export function formatAction(out: Output, action: Action, label: string | null): string[] {
  const title = `${LABELS[action.kind]}${action.kind === 'follow_up' ? ` ${action.step}` : ''}`;
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
