import type { PlaybookParams } from '../../api/types';

export type ParamKey = Exclude<keyof PlaybookParams, 'firstFollowUp' | 'secondFollowUp'>;

/** The numbers a user may change, in words, with the unit and the allowed range (src/app/update-settings.ts). */
export const PARAM_FIELDS: { key: ParamKey; label: string; unit: string; min: number; max: number }[] = [
  { key: 'maxUnansweredFollowUps', label: 'Follow-ups that may go unanswered before stopping', unit: 'follow-ups', min: 0, max: 5 },
  { key: 'decisionDateWaitBusinessDays', label: 'Wait after a decision date stated in the posting', unit: 'business days', min: 0, max: 20 },
  { key: 'thankYouDueHours', label: 'Send a thank-you within', unit: 'hours after the interview', min: 1, max: 72 },
  { key: 'thankYouMaxHours', label: 'Drop a thank-you not sent within', unit: 'hours', min: 1, max: 168 },
  { key: 'checkInAfterNextStepBusinessDays', label: 'Check in after a stated next-step date passes', unit: 'business days', min: 0, max: 20 },
  { key: 'chaseAfterInterviewDays', label: 'With no date stated, chase after the interview', unit: 'days', min: 1, max: 60 },
  { key: 'rejectionReplyWithinBusinessDays', label: 'Reply to a rejection within', unit: 'business days', min: 1, max: 10 },
  { key: 'ghostAfterBusinessDays', label: 'Suggest giving up after silence of', unit: 'business days', min: 1, max: 60 },
];
