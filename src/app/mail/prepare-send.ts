import { AppError } from '../../core/app-error';
import { composeDraft, lintDraft } from '../../core/drafting';
import type { DraftInput } from '../../core/drafting/types';
import type { LintFinding } from '../../core/linting';
import { sendTimeFor } from '../../core/mail/send-time';
import type { AppDeps } from '../deps';
import { nowIso } from '../deps';
import { draftInputFor } from '../draft-action';
import { loadSettings } from '../settings';
import { recipientPlace } from './send-window';

/** The message an approval would queue, before anything is stored. */
export interface PreparedSend {
  draftInput: DraftInput;
  subject: string;
  body: string;
  to: string;
  /** The recipient's name, when the address is the draft's own. */
  toName: string;
  /** When it would go out: inside the recipient's send window, on one of their business days. */
  sendAt: string;
  /** The recipient's zone, in which `sendAt` reads as "their time". */
  zone: string;
  findings: LintFinding[];
  now: string;
}

/**
 * Composes the message an action would send (the draft, or the user's edit of it), finds its send time in
 * the recipient's calendar and lints it for that time. Shared by queueing and by the preview the web page
 * shows before the user approves, so the two cannot disagree.
 */
export async function prepareSend(deps: AppDeps, input: { actionId: string; subject?: string | null; body?: string | null; to?: string | null }): Promise<PreparedSend> {
  const draftInput = await draftInputFor(deps, input.actionId);
  const { action, application } = draftInput;
  if (action.channel !== 'email' || action.kind === 'mark_ghosted') {
    throw new AppError('validation', `${action.kind === 'mark_ghosted' ? 'marking as ghosted' : 'a call'} sends no email; mark it done instead`, { field: 'actionId' });
  }
  const draft = composeDraft(draftInput);
  const subject = input.subject ?? draft.subject;
  const body = input.body ?? draft.body;
  const to = input.to ?? draft.to?.email ?? null;
  if (!subject) throw new AppError('validation', 'the message has no subject', { field: 'subject' });
  if (!to) throw new AppError('validation', `no email address for this ${action.kind.replace('_', '-')}: add a contact with an address, or give one`, { field: 'to' });
  const settings = await loadSettings(deps);
  const now = nowIso(deps);
  const place = recipientPlace(application, settings);
  const zone = place.zone;
  const sendAt = new Date(sendTimeFor(Date.parse(now), action.due, place, settings.sendWindow, action.expiresAt)).toISOString();
  const findings = lintDraft(draftInput, { subject, body }, sendAt);
  const toName = draft.to?.email === to ? (draft.to.name ?? '') : '';
  return { draftInput, subject, body, to, toName, sendAt, zone, findings, now };
}
