import type { Action, ActionKind, CallOutcome, EventKind, PostingFindingKind, Stage } from '../api/types';

/** Plain words for the stages, as column titles and badges. */
export const STAGE_LABELS: Record<Stage, string> = {
  saved: 'Saved',
  applied: 'Applied',
  interviewing: 'Interviewing',
  offer: 'Offer',
  rejected: 'Rejected',
  withdrawn: 'Withdrawn',
  ghosted: 'No answer',
};

/** How each event reads on the timeline and in the "what happened?" menu. */
export const EVENT_LABELS: Record<EventKind, string> = {
  applied: 'Applied',
  reply: 'They replied',
  interview: 'Interview',
  rejection: 'Rejection',
  offer: 'Offer',
  withdrawn: 'I withdrew',
  follow_up_sent: 'Follow-up sent',
  thank_you_sent: 'Thank-you sent',
  call: 'Phone call',
  feedback: 'Feedback received',
  auto_reply: 'Automatic reply (out of office)',
  bounce: 'Email bounced',
  note: 'Note',
  ghosted: 'Marked as no answer',
};

export const ACTION_LABELS: Record<ActionKind, string> = {
  follow_up: 'Follow-up',
  thank_you: 'Thank-you',
  check_in: 'Check-in',
  call: 'Call',
  rejection_reply: 'Reply to rejection',
  mark_ghosted: 'Mark as no answer',
};

export const CALL_OUTCOME_LABELS: Record<CallOutcome, string> = {
  not_seen: 'They had not seen my application',
  declined: 'They said no',
  shortlisted: "I'm shortlisted / still in the running",
  voicemail: 'I left a voicemail',
  no_answer: 'Nobody answered',
  other: 'Something else',
};

/** What each highlight in a posting means, for the legend. */
export const FINDING_LABELS: Record<PostingFindingKind, string> = {
  no_contact: 'Asks not to be contacted',
  no_calls: 'No phone calls',
  no_agencies: 'No agencies',
  only_shortlisted: 'Only shortlisted candidates hear back',
  decision_date: 'Decision date',
  deadline: 'Deadline',
  email: 'Email address',
  phone: 'Phone number',
  name: 'Contact name',
  company: 'Company',
  role: 'Role',
  location: 'Location',
};

/** The person an action is for, in words. */
export function recipientName(action: Action): string {
  return action.contact?.name ?? action.contact?.email ?? action.contact?.phone ?? 'the hiring team';
}

/** One line saying what to do: "Send Dana Smith a thank-you". */
export function actionTitle(action: Action, company: string): string {
  const who = recipientName(action);
  switch (action.kind) {
    case 'follow_up':
      if (action.channel === 'phone') return `Call ${who} to follow up`;
      return action.step > 1 ? `Send ${who} a second follow-up` : `Follow up with ${who}`;
    case 'thank_you':
      return `Thank ${who} for the interview`;
    case 'check_in':
      return action.channel === 'phone' ? `Call ${who} to check in` : `Check in with ${who}`;
    case 'call':
      return `Call ${who}`;
    case 'rejection_reply':
      return `Reply to ${company}'s rejection`;
    case 'mark_ghosted':
      return `No answer from ${company}: mark it and move on?`;
  }
}
