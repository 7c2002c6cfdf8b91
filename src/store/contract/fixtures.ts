import { randomUUID } from 'node:crypto';
import type {
  Action,
  AppEvent,
  Application,
  Contact,
  EventData,
  EventKind,
  Profile,
  Settings,
} from '../../core/model';
import { SEEDS } from '../../core/model';

/** Ids unique across test runs, so suites sharing one database never collide. */
export function uniqueId(prefix: string): string {
  return `${prefix}-${randomUUID().slice(0, 8)}`;
}

/** An application with every field filled in, including text that JSON and SQL must not mangle. */
export function application(overrides: Partial<Application> = {}): Application {
  return {
    id: uniqueId('app'),
    company: 'Müller & Söhne "GmbH"',
    role: "Backend engineer — payments, it's 🚀",
    postingUrl: 'https://example.com/jobs/42?ref=li&x=%20',
    postingText: 'Line one\nLine two\twith tab\nNo agencies, please.',
    source: 'linkedin',
    location: 'Munich',
    country: 'DE',
    region: 'BY',
    timezone: 'Europe/Berlin',
    stage: 'applied',
    playbook: 'balanced',
    policy: { noContact: false, noCalls: true, noAgencies: true, onlyShortlistedContacted: false },
    decisionBy: '2026-04-01',
    deadline: '2026-03-20',
    createdAt: '2026-03-02T08:15:00.123+01:00',
    appliedAt: '2026-03-02T09:00:00-05:00',
    updatedAt: '2026-03-03T10:00:00Z',
    ...overrides,
  };
}

/** The same application with every nullable field null. */
export function bareApplication(overrides: Partial<Application> = {}): Application {
  return application({
    postingUrl: null,
    postingText: null,
    source: null,
    location: null,
    country: null,
    region: null,
    timezone: null,
    playbook: null,
    decisionBy: null,
    deadline: null,
    appliedAt: null,
    stage: 'saved',
    ...overrides,
  });
}

export function contact(applicationId: string, overrides: Partial<Contact> = {}): Contact {
  return {
    id: uniqueId('contact'),
    applicationId,
    name: 'Dana Ölund',
    role: 'hiring_manager',
    email: 'dana@example.com',
    phone: '+49 89 1234 5678',
    phoneIsDirect: true,
    createdAt: '2026-03-02T08:20:00Z',
    ...overrides,
  };
}

/** The data of every event kind, filled in so each field's type is exercised. */
const EVENT_DATA: { [K in EventKind]: EventData[K] } = {
  applied: {},
  reply: { contactId: 'contact-1', messageId: '<abc@mail.example.com>' },
  interview: {
    interviewerIds: ['contact-1', 'contact-2'],
    discussed: ['Kafka', 'on-call'],
    nextStepDate: '2026-03-20',
  },
  rejection: {},
  offer: {},
  withdrawn: {},
  follow_up_sent: {
    actionId: 'act-1',
    actionKind: 'follow_up',
    step: 1,
    channel: 'email',
    contactId: null,
    messageId: '<m1@x>',
  },
  thank_you_sent: { actionId: null, actionKind: null, step: null, contactId: 'contact-2', messageId: null },
  call: { actionId: 'act-3', actionKind: 'call', step: 2, contactId: 'contact-1', outcome: 'voicemail' },
  feedback: {},
  auto_reply: { returnDate: '2026-03-16', messageId: '<ooo@x>' },
  bounce: { address: 'old@example.com', hard: true },
  note: {},
  ghosted: { actionId: 'act-9', actionKind: 'mark_ghosted', step: 1 },
};

export const EVENT_KINDS_WITH_DATA = Object.keys(EVENT_DATA) as EventKind[];

export function event<K extends EventKind>(
  applicationId: string,
  kind: K,
  overrides: Partial<AppEvent> = {},
): AppEvent {
  return {
    id: uniqueId(`event-${kind}`),
    applicationId,
    kind,
    at: '2026-03-04T15:30:00+01:00',
    note: kind === 'note' ? 'Called reception; "they\'ll call back" ✓' : null,
    source: 'manual',
    createdAt: '2026-03-04T15:31:00Z',
    data: EVENT_DATA[kind],
    ...overrides,
  } as AppEvent;
}

export function action(applicationId: string, overrides: Partial<Action> = {}): Action {
  return {
    id: uniqueId('action'),
    applicationId,
    kind: 'follow_up',
    step: 1,
    channel: 'email',
    contact: { id: 'contact-1', name: 'Dana', email: 'dana@example.com', phone: null },
    alternative: { channel: 'phone', phone: '+49 89 1234 5678' },
    due: { start: '2026-03-09T09:00:00+01:00', end: '2026-03-09T11:30:00+01:00' },
    expiresAt: null,
    rule: 'follow_up.first',
    reason: 'Five business days have passed since you applied; early in the week reads best.',
    sources: [SEEDS['000'].file, SEEDS['003'].file],
    context: { previousFollowUps: 0, appliedOn: '2026-03-02', decisionBy: null, discussed: ['Kafka'] },
    ...overrides,
  };
}

export function settings(overrides: Partial<Settings> = {}): Settings {
  return {
    playbook: 'persistent',
    timezone: 'America/Chicago',
    country: 'US',
    region: null,
    sendWindow: { start: '09:00', end: '11:30' },
    businessHours: { start: '09:00', end: '17:00' },
    quietHours: null,
    playbookOverrides: { balanced: { maxUnansweredFollowUps: 3, firstFollowUp: null } },
    ...overrides,
  };
}

export function profile(overrides: Partial<Profile> = {}): Profile {
  return {
    name: 'Alex Doe',
    signature: 'Best regards,\nAlex Doe\n+1 555 0100',
    headline: 'Backend engineer, 6 years in payments',
    strengths: ['event-driven architecture', 'PostgreSQL tuning'],
    recentAchievement: null,
    links: ['https://github.com/alexdoe'],
    ...overrides,
  };
}
