import { DEFAULT_SETTINGS } from '../../src/core/planner';
import { OPEN_POLICY } from '../../src/core/model';
import type { AppEvent, Application, Contact, EventData, EventKind, EventOf, Settings } from '../../src/core/model';

/** Builders for tests: readable defaults, every field overridable. Ids are sequential, never random. */
let sequence = 0;
const next = (prefix: string) => `${prefix}${++sequence}`;

export function anApplication(over: Partial<Application> = {}): Application {
  const appliedAt = over.appliedAt === undefined ? '2026-11-02T14:00:00Z' : over.appliedAt;
  return {
    id: 'app1',
    company: 'Acme Corp',
    role: 'Senior Backend Engineer',
    postingUrl: null,
    postingText: null,
    source: null,
    location: null,
    country: 'US',
    region: null,
    timezone: 'America/New_York',
    stage: appliedAt ? 'applied' : 'saved',
    playbook: null,
    policy: OPEN_POLICY,
    decisionBy: null,
    deadline: null,
    createdAt: appliedAt ?? '2026-11-01T10:00:00Z',
    appliedAt,
    updatedAt: appliedAt ?? '2026-11-01T10:00:00Z',
    ...over,
  };
}

const EMPTY_DATA: { [K in EventKind]: EventData[K] } = {
  applied: {},
  reply: { contactId: null, messageId: null },
  interview: { interviewerIds: [], discussed: [], nextStepDate: null },
  rejection: {},
  offer: {},
  withdrawn: {},
  follow_up_sent: { actionId: null, actionKind: 'follow_up', step: null, channel: 'email', contactId: null, messageId: null },
  thank_you_sent: { actionId: null, actionKind: 'thank_you', step: null, contactId: null, messageId: null },
  call: { actionId: null, actionKind: null, step: null, contactId: null, outcome: null },
  feedback: {},
  auto_reply: { returnDate: null, messageId: null },
  bounce: { address: 'nobody@example.com', hard: true },
  note: {},
  ghosted: { actionId: null, actionKind: 'mark_ghosted', step: null },
};

export function anEvent<K extends EventKind>(
  kind: K,
  at: string,
  data: Partial<EventData[K]> = {},
  over: Partial<Omit<AppEvent, 'kind' | 'data'>> = {},
): EventOf<K> {
  return {
    id: next('evt'),
    applicationId: 'app1',
    kind,
    at,
    note: null,
    source: 'manual',
    createdAt: at,
    data: { ...EMPTY_DATA[kind], ...data },
    ...over,
  } as unknown as EventOf<K>;
}

export function aContact(over: Partial<Contact> = {}): Contact {
  return {
    id: next('con'),
    applicationId: 'app1',
    name: 'Dana Smith',
    role: 'hiring_manager',
    email: 'dana@acme.io',
    phone: null,
    phoneIsDirect: false,
    createdAt: '2026-11-02T14:00:00Z',
    ...over,
  };
}

export function someSettings(over: Partial<Settings> = {}): Settings {
  return { ...DEFAULT_SETTINGS, timezone: 'America/New_York', country: 'US', ...over };
}
