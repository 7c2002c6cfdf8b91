import type { SeedFile } from '../model';
import { callSources, composeCallScript, type CallStage } from './compose-call-script';
import { composeCheckIn } from './compose-check-in';
import { composeConfirmReceipt } from './compose-confirm-receipt';
import { composeFirstFollowUp, composeSecondFollowUp, type ComposedEmail } from './compose-follow-up';
import { composeRejectionReply } from './compose-rejection-reply';
import { composeThankYou } from './compose-thank-you';
import { gatherFacts, type DraftFacts } from './facts';
import { atCompany, roleRef } from './phrases';
import { renderCallScript } from './render-call-script';
import { emailSubject } from './subjects';
import type { CallScript, Draft, DraftInput, DraftRecipient } from './types';
import { variationFor, type Variation } from './variation';

/**
 * Whether the planner asked for the gentlest touch: its rule is `follow_up.confirm_receipt` when the posting
 * says only shortlisted candidates will be contacted. The playbook is not consulted, because the one that
 * would lean this way (conservative) never plans a follow-up before an interview at all.
 */
function prefersConfirmReceipt(input: DraftInput): boolean {
  return /confirm_receipt/.test(input.action.rule);
}

/**
 * Whether this follow-up should only confirm that the application arrived (001): a first follow-up the
 * planner made under `follow_up.confirm_receipt`. A second follow-up always takes a new angle instead.
 *
 * @example
 * confirmsReceipt({ ...input, action: { ...input.action, rule: 'follow_up.confirm_receipt' } }); // true for step 1
 */
export function confirmsReceipt(input: DraftInput): boolean {
  return input.action.kind === 'follow_up' && input.action.step <= 1 && prefersConfirmReceipt(input);
}

function uniqueSources(...lists: SeedFile[][]): SeedFile[] {
  return [...new Set(lists.flat())].sort();
}

function callHeading(facts: DraftFacts, phone: string | null): string {
  const who = facts.recipient?.name ?? null;
  const target =
    phone === null
      ? `${who === null ? 'No' : `Call ${who}: no`} number on file, so try the main line`
      : `Call ${who === null ? '' : `${who} on `}${phone}`;
  return `Call script: ${roleRef(facts)}${atCompany(facts)}\n${target}`;
}

function callDraft(input: DraftInput, facts: DraftFacts, variation: Variation, stage: CallStage): Draft {
  const phone = input.action.alternative?.phone ?? facts.recipient?.phone ?? null;
  const script = composeCallScript(facts, stage, variation);
  return {
    kind: input.action.kind,
    to: { name: facts.recipient?.name ?? null, email: facts.recipient?.email ?? null, phone },
    subject: null,
    body: renderCallScript(script, callHeading(facts, phone)),
    callScript: script,
    sources: uniqueSources(callSources(stage), input.action.sources),
  };
}

function emailDraft(
  input: DraftInput,
  facts: DraftFacts,
  composed: ComposedEmail,
  subject: string,
  alternative: CallScript | null,
): Draft {
  const to: DraftRecipient | null =
    facts.recipient === null
      ? null
      : { name: facts.recipient.name, email: facts.recipient.email, phone: facts.recipient.phone };
  return {
    kind: input.action.kind,
    to,
    subject,
    body: composed.body,
    callScript: alternative,
    sources: uniqueSources(composed.sources, input.action.sources),
  };
}

function followUpDraft(input: DraftInput, facts: DraftFacts, variation: Variation): Draft {
  const { action } = input;
  const stage: CallStage = facts.interview?.date ? 'interview' : 'application';
  if (action.channel === 'phone') return callDraft(input, facts, variation, stage);
  const composed =
    action.step >= 2
      ? composeSecondFollowUp(facts, variation)
      : confirmsReceipt(input)
        ? composeConfirmReceipt(facts, variation)
        : composeFirstFollowUp(facts, variation);
  const alternative = action.alternative === null ? null : composeCallScript(facts, stage, variation);
  // The second follow-up replies to the first, so both are built from the same subject style.
  const subject = emailSubject('follow_up', action.step, facts, variation, prefersConfirmReceipt(input));
  return emailDraft(input, facts, composed, subject, alternative);
}

/**
 * Writes the first draft of an action from the facts hearback holds. Every part has several phrasings,
 * picked by a hash of the application and action ids, so two drafts to the same company read differently
 * while the same input always gives the same draft. A missing fact changes the sentence; it never leaves a
 * gap. `mark_ghosted` sends nothing: its draft has no subject and a one-line body saying so.
 *
 * @example
 * const draft = composeDraft({ action, application, contacts, events, profile });
 * draft.subject; // 'Thank you: Senior Backend Engineer interview', or another phrasing
 * draft.body.split('\n')[0]; // 'Dear Dana,', 'Hi Dana,' or 'Hello Dana,'
 */
export function composeDraft(input: DraftInput): Draft {
  const facts = gatherFacts(input);
  // Thank-yous to the interviewers of one interview are siblings: their steps tell them apart.
  const sibling = input.action.kind === 'thank_you' ? Math.max(input.action.step - 1, 0) : undefined;
  const variation = variationFor(input.application.id, input.action.id, sibling);
  const { action } = input;
  switch (action.kind) {
    case 'follow_up':
      return followUpDraft(input, facts, variation);
    case 'thank_you':
      return emailDraft(
        input,
        facts,
        composeThankYou(facts, variation),
        emailSubject('thank_you', action.step, facts, variation, false),
        null,
      );
    case 'check_in':
      return emailDraft(
        input,
        facts,
        composeCheckIn(facts, variation),
        emailSubject('check_in', action.step, facts, variation, false),
        null,
      );
    case 'rejection_reply':
      return emailDraft(
        input,
        facts,
        composeRejectionReply(facts, variation),
        emailSubject('rejection_reply', action.step, facts, variation, false),
        null,
      );
    case 'call':
      return callDraft(input, facts, variation, facts.interview === null ? 'application' : 'interview');
    case 'mark_ghosted':
      return {
        kind: 'mark_ghosted',
        to: null,
        subject: null,
        body: `Nothing is sent: this only marks your application for ${roleRef(facts)}${atCompany(facts)} as ghosted, so hearback stops suggesting follow-ups. If they get in touch later, you can still log their reply.`,
        callScript: null,
        sources: uniqueSources(action.sources),
      };
  }
}
