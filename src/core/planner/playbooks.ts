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
 * The three playbooks and their defaults. The seeds disagree: 002 says never to chase an advertised job
 * before an interview, 003 says to follow up twice. Each playbook takes one side, and every number here can
 * be overridden in the settings. docs/playbooks.md explains every rule and its source.
 */
export const PLAYBOOKS: Record<PlaybookName, { params: PlaybookParams; sources: SeedId[]; summary: string }> = {
  persistent: {
    summary: 'Follow up 5–7 business days after applying and again 3–5 business days later (003).',
    sources: ['003'],
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
