import type { PlaybookParams } from '../../core/model';

type ParamKey = Exclude<keyof PlaybookParams, 'firstFollowUp' | 'secondFollowUp'>;

/**
 * The playbook numbers `settings set` can change, as options. They are the ones the web settings form offers
 * and the app layer accepts (src/app/update-settings.ts checks the ranges); each applies to one playbook.
 */
export const PARAM_OPTIONS: { key: ParamKey; flag: string; attribute: string; help: string }[] = [
  { key: 'maxUnansweredFollowUps', flag: 'max-unanswered', attribute: 'maxUnanswered', help: 'follow-ups that may go unanswered before hearback stops (0–5)' },
  { key: 'decisionDateWaitBusinessDays', flag: 'decision-wait', attribute: 'decisionWait', help: 'business days to wait after a decision date in the posting (0–20)' },
  { key: 'thankYouDueHours', flag: 'thank-you-within', attribute: 'thankYouWithin', help: 'hours after an interview a thank-you is due by (1–72)' },
  { key: 'thankYouMaxHours', flag: 'thank-you-drop-after', attribute: 'thankYouDropAfter', help: 'hours after which an unsent thank-you is dropped (1–168)' },
  { key: 'checkInAfterNextStepBusinessDays', flag: 'check-in-after', attribute: 'checkInAfter', help: 'business days after a stated next-step date passes to check in (0–20)' },
  { key: 'chaseAfterInterviewDays', flag: 'chase-after', attribute: 'chaseAfter', help: 'days after an interview with no date stated to chase (1–60)' },
  { key: 'rejectionReplyWithinBusinessDays', flag: 'rejection-reply-within', attribute: 'rejectionReplyWithin', help: 'business days to reply to a rejection within (1–10)' },
  { key: 'ghostAfterBusinessDays', flag: 'ghost-after', attribute: 'ghostAfter', help: 'business days of silence before suggesting giving up (1–60)' },
];

/** How each number reads in `settings show`. */
export const PARAM_UNITS: Record<ParamKey, string> = {
  maxUnansweredFollowUps: 'follow-ups',
  decisionDateWaitBusinessDays: 'business days',
  thankYouDueHours: 'hours',
  thankYouMaxHours: 'hours',
  checkInAfterNextStepBusinessDays: 'business days',
  chaseAfterInterviewDays: 'days',
  rejectionReplyWithinBusinessDays: 'business days',
  ghostAfterBusinessDays: 'business days',
};
