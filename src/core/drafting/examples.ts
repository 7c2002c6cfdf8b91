import { OPEN_POLICY, seedFiles } from '../model';
import type { Action, ActionKind, AppEvent, Application, Contact, Profile } from '../model';
import { DEFAULT_SETTINGS } from '../planner/default-settings';
import { planApplication } from '../planner/plan';
import type { DraftInput } from './types';

/**
 * A worked example: Alex Doe applied to be a Senior Backend Engineer at Acme, was interviewed by Dana Smith
 * and Priya Patel, and talked about moving billing to event sourcing. docs/drafting.md is generated from it,
 * and the tests use it as their baseline, so the documentation shows what the code really writes.
 */

const APP_ID = 'app-acme-backend';

export const EXAMPLE_APPLICATION: Application = {
  id: APP_ID,
  company: 'Acme',
  role: 'Senior Backend Engineer',
  postingUrl: 'https://jobs.acme.example/backend',
  postingText:
    'Acme builds billing for subscription businesses. You will design event-driven systems on Kafka, keep our ' +
    'Postgres clusters fast, and help us move billing to an event-sourced model. 5+ years of backend experience.',
  source: 'company site',
  location: 'New York, NY',
  country: 'US',
  region: 'NY',
  timezone: 'America/New_York',
  stage: 'interviewing',
  playbook: null,
  policy: OPEN_POLICY,
  decisionBy: null,
  deadline: null,
  createdAt: '2025-03-03T14:00:00Z',
  appliedAt: '2025-03-03T14:00:00Z',
  updatedAt: '2025-03-18T20:00:00Z',
};

const contact = (
  id: string,
  name: string,
  role: Contact['role'],
  email: string,
  phone: string | null,
): Contact => ({
  id,
  applicationId: APP_ID,
  name,
  role,
  email,
  phone,
  phoneIsDirect: phone !== null,
  createdAt: '2025-03-03T14:00:00Z',
});

export const EXAMPLE_CONTACTS: Contact[] = [
  contact('ct-sam', 'Sam Lee', 'recruiter', 'sam.lee@acme.io', '+1 212 555 0142'),
  contact('ct-dana', 'Dana Smith', 'interviewer', 'dana@acme.io', null),
  contact('ct-priya', 'Priya Patel', 'interviewer', 'priya@acme.io', null),
];

const base = {
  applicationId: APP_ID,
  note: null,
  source: 'manual' as const,
  createdAt: '2025-03-03T14:00:00Z',
};

export const EXAMPLE_EVENTS: AppEvent[] = [
  { ...base, id: 'ev-applied', kind: 'applied', at: '2025-03-03T14:00:00Z', data: {} },
  {
    ...base,
    id: 'ev-interview',
    kind: 'interview',
    at: '2025-03-18T15:00:00Z',
    data: {
      interviewerIds: ['ct-dana', 'ct-priya'],
      discussed: ['moving billing to event sourcing', 'the on-call rotation'],
      nextStepDate: '2025-03-25',
    },
  },
];

export const EXAMPLE_PROFILE: Profile = {
  name: 'Alex Doe',
  signature: 'Best regards,\nAlex Doe\n+1 555 0100',
  headline: 'Backend engineer, 6 years in payments',
  strengths: ['event-driven architecture', 'PostgreSQL tuning', 'Kafka', 'mentoring engineers'],
  recentAchievement: 'cut the p99 latency of a payments API from 800 ms to 120 ms',
  links: ['https://alexdoe.example'],
};

const toContact = (c: Contact): Action['contact'] => ({
  id: c.id,
  name: c.name,
  email: c.email,
  phone: c.phone,
});
const [sam, dana] = EXAMPLE_CONTACTS as [Contact, Contact, Contact];

function action(kind: ActionKind, step: number, fields: Partial<Action>): Action {
  return {
    id: `act-${kind}-${step}`,
    applicationId: APP_ID,
    kind,
    step,
    channel: 'email',
    contact: toContact(sam),
    alternative: null,
    due: { start: '2025-03-10T09:00:00-04:00', end: '2025-03-10T11:30:00-04:00' },
    expiresAt: null,
    rule: `${kind}.example`,
    reason: 'An example for docs/drafting.md.',
    sources: [],
    context: { appliedOn: '2025-03-03' },
    ...fields,
  };
}

/**
 * The same application before the interview, with a posting that says only shortlisted candidates will be
 * contacted: the case in which the planner makes the first follow-up a note confirming receipt (001).
 */
const SHORTLIST_APPLICATION: Application = {
  ...EXAMPLE_APPLICATION,
  postingText: `${EXAMPLE_APPLICATION.postingText ?? ''} Only shortlisted candidates will be contacted.`,
  stage: 'applied',
  policy: { ...OPEN_POLICY, onlyShortlistedContacted: true },
};
const APPLIED_ONLY = EXAMPLE_EVENTS.filter((event) => event.kind === 'applied');

/**
 * The follow-up the planner itself makes for that application, so the documented confirm-receipt draft is
 * the one a user gets, rule and all, rather than an action written by hand to look like it.
 */
function plannedConfirmReceipt(): Action {
  const settings = { ...DEFAULT_SETTINGS, timezone: 'America/New_York', country: 'US', region: 'NY' };
  const appliedAt = SHORTLIST_APPLICATION.appliedAt ?? '';
  const plan = planApplication(SHORTLIST_APPLICATION, APPLIED_ONLY, EXAMPLE_CONTACTS, settings, appliedAt);
  const followUp = plan.actions.find((candidate) => candidate.kind === 'follow_up');
  if (followUp === undefined) throw new Error('The planner made no follow-up for the confirm-receipt example');
  return followUp;
}

/** One worked example, titled for the documentation; `planned` ones come from the planner. */
export interface Example {
  title: string;
  action: Action;
  /** The application and events drafted from, when not the shared ones. */
  application?: Application;
  events?: AppEvent[];
  planned?: boolean;
}

/** One example per kind of draft, titled for the documentation. */
export const EXAMPLE_ACTIONS: Example[] = [
  {
    title: 'First follow-up (balanced playbook, with a phone alternative)',
    action: action('follow_up', 1, {
      rule: 'follow_up.first',
      alternative: { channel: 'phone', phone: '+1 212 555 0142' },
      sources: seedFiles('000', '003'),
    }),
  },
  {
    title: 'First follow-up as a confirmation of receipt (the posting says only shortlisted candidates hear back)',
    action: plannedConfirmReceipt(),
    application: SHORTLIST_APPLICATION,
    events: APPLIED_ONLY,
    planned: true,
  },
  {
    title: 'Second follow-up',
    action: action('follow_up', 2, {
      rule: 'follow_up.second',
      due: { start: '2025-03-14T09:00:00-04:00', end: '2025-03-14T11:30:00-04:00' },
      context: { appliedOn: '2025-03-03', previousFollowUps: 1 },
    }),
  },
  {
    title: 'Thank-you to one interviewer',
    action: action('thank_you', 1, {
      contact: toContact(dana),
      due: { start: '2025-03-18T16:00:00-04:00', end: '2025-03-19T11:00:00-04:00' },
      context: {
        interviewEventId: 'ev-interview',
        discussed: ['moving billing to event sourcing', 'the on-call rotation'],
        nextStepDate: '2025-03-25',
      },
      sources: seedFiles('003', '004'),
    }),
  },
  {
    title: 'Check-in after the interview',
    action: action('check_in', 1, {
      contact: toContact(dana),
      due: { start: '2025-03-27T09:00:00-04:00', end: '2025-03-27T11:30:00-04:00' },
      context: { interviewEventId: 'ev-interview', nextStepDate: '2025-03-25' },
      sources: seedFiles('002', '003'),
    }),
  },
  {
    title: 'Call after two weeks of silence',
    action: action('call', 1, {
      channel: 'phone',
      due: { start: '2025-04-01T10:00:00-04:00', end: '2025-04-01T12:00:00-04:00' },
      context: { interviewEventId: 'ev-interview' },
      sources: seedFiles('002', '003'),
    }),
  },
  {
    title: 'Reply to a rejection',
    action: action('rejection_reply', 1, {
      contact: toContact(dana),
      due: { start: '2025-04-03T09:00:00-04:00', end: '2025-04-04T17:00:00-04:00' },
      sources: seedFiles('003'),
    }),
  },
  {
    title: 'Marking the application ghosted',
    action: action('mark_ghosted', 1, { channel: null, contact: null, sources: seedFiles('000') }),
  },
];

/** The draft input for one of the examples. */
export function exampleInput(example: Example): DraftInput {
  return {
    action: example.action,
    application: example.application ?? EXAMPLE_APPLICATION,
    contacts: EXAMPLE_CONTACTS,
    events: example.events ?? EXAMPLE_EVENTS,
    profile: EXAMPLE_PROFILE,
  };
}

/**
 * The example input for a kind of action: the first hand-written example of that kind, or the planner's
 * confirm-receipt follow-up when asked for.
 */
export function exampleInputFor(kind: ActionKind, options: { confirmReceipt?: boolean } = {}): DraftInput {
  const example = EXAMPLE_ACTIONS.find(
    (candidate) =>
      candidate.action.kind === kind && (candidate.planned === true) === (options.confirmReceipt ?? false),
  );
  if (example === undefined) throw new Error(`No example of ${kind}`);
  return exampleInput(example);
}
