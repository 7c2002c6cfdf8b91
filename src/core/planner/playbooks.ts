import type { PlaybookName, PlaybookParams, SeedId } from '../model';

const SHARED = {
  decisionDateWaitBusinessDays: 1,
  thankYouDueHours: 24,
  thankYouMaxHours: 48,
  checkInAfterNextStepBusinessDays: 1,
  chaseAfterInterviewDays: 14,
  rejectionReplyWithinBusinessDays: 2,
  ghostAfterBusinessDays: 10,
} as const;

const FIRST_FOLLOW_UP = { minBusinessDays: 5, maxBusinessDays: 7, preferredWeekdays: [1, 2] };

/**
 * How long a posting's "do not contact" holds: until an interview (001 asks for silence "in the interim
 * between sending in an application and getting an interview"), or for the whole application.
 */
export type NoContactScope = 'before_interview' | 'always';

/**
 * The three playbooks and their defaults. The seeds disagree: 002 says never to chase an advertised job
 * before an interview, 003 says to follow up twice. Each playbook takes one side, and every number here can
 * be overridden in the settings. docs/playbooks.md explains every rule and its source.
 */
export const PLAYBOOKS: Record<
  PlaybookName,
  { params: PlaybookParams; sources: SeedId[]; summary: string; noContact: NoContactScope }
> = {
  persistent: {
    summary: 'Follow up 5–7 business days after applying and again 3–5 business days later (003).',
    sources: ['003'],
    noContact: 'before_interview',
    params: {
      ...SHARED,
      firstFollowUp: FIRST_FOLLOW_UP,
      secondFollowUp: { anchor: 'first_follow_up', minBusinessDays: 3, maxBusinessDays: 5, minGapBusinessDays: 3 },
      maxUnansweredFollowUps: 2,
    },
  },
  balanced: {
    summary: 'Follow up about a week after applying, and once more about two weeks after (000, 001, 003, 004).',
    sources: ['000', '001', '003', '004'],
    noContact: 'always',
    params: {
      ...SHARED,
      firstFollowUp: FIRST_FOLLOW_UP,
      secondFollowUp: { anchor: 'applied', minBusinessDays: 10, maxBusinessDays: 12, minGapBusinessDays: 3 },
      maxUnansweredFollowUps: 2,
    },
  },
  conservative: {
    summary: 'No follow-up on an advertised job before an interview; thank-yous and chases after one (002).',
    sources: ['002'],
    noContact: 'always',
    params: {
      ...SHARED,
      firstFollowUp: null,
      secondFollowUp: null,
      maxUnansweredFollowUps: 0,
    },
  },
};

/**
 * A playbook's parameters with the user's overrides applied on top.
 *
 * @example
 * resolvePlaybook('balanced', { ghostAfterBusinessDays: 15 }).ghostAfterBusinessDays; // 15
 */
export function resolvePlaybook(name: PlaybookName, overrides: Partial<PlaybookParams> | undefined): PlaybookParams {
  return overrides ? { ...PLAYBOOKS[name].params, ...overrides } : PLAYBOOKS[name].params;
}
