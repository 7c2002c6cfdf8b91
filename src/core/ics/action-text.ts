import { SEEDS } from '../model';
import type { Action, ActionKind, SeedFile } from '../model';

const SUMMARY: Record<ActionKind, (label: string) => string> = {
  follow_up: (label) => `Follow up with ${label}`,
  thank_you: (label) => `Send a thank-you to ${label}`,
  check_in: (label) => `Check in with ${label}`,
  call: (label) => `Call ${label}`,
  rejection_reply: (label) => `Reply to the rejection from ${label}`,
  mark_ghosted: (label) => `Decide whether ${label} has gone quiet for good`,
};

/**
 * The event title for an action: what to do, and for which application.
 *
 * @example
 * actionSummary(followUp, 'Acme — Senior Engineer') // 'Follow up with Acme — Senior Engineer'
 */
export function actionSummary(action: Pick<Action, 'kind'>, applicationLabel: string): string {
  return SUMMARY[action.kind](applicationLabel);
}

const TITLES: ReadonlyMap<SeedFile, string> = new Map(
  Object.entries(SEEDS).map(([id, seed]) => [seed.file, `${id} ${seed.title}`]),
);

/**
 * The event description: the reason, who to contact and how, the articles the advice comes from, and the
 * link to the action in the web app, one part per paragraph so calendar apps show it readably.
 *
 * @example
 * actionDescription(followUp, 'https://hearback.example/#/applications/app1/actions/a1')
 * // 'It has been a week since you applied...\n\nTo: Sam Lee <sam@acme.example>\n\nWhy: 003 The Forgotten Art of the Follow-up\n\nOpen in hearback: https://hearback.example/#/applications/app1/actions/a1'
 */
export function actionDescription(
  action: Pick<Action, 'reason' | 'contact' | 'alternative' | 'sources'>,
  link: string,
): string {
  const parts = [action.reason];
  const contact = action.contact;
  if (contact !== null) {
    const address = [contact.email, contact.phone].filter((v): v is string => v !== null).join(', ');
    const who = contact.name ?? '';
    const to = who !== '' && address !== '' ? `${who} <${address}>` : who + address;
    if (to !== '') parts.push(`To: ${to}`);
  }
  if (action.alternative !== null) parts.push(`Or call: ${action.alternative.phone}`);
  if (action.sources.length > 0)
    parts.push(`Why: ${action.sources.map((file) => TITLES.get(file) ?? file).join('; ')}`);
  parts.push(`Open in hearback: ${link}`);
  return parts.join('\n\n');
}
