import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  ACTION_KINDS,
  CONTACT_ROLES,
  EVENT_SOURCES,
  OPEN_POLICY,
  PLAYBOOK_NAMES,
  SEEDS,
  STAGES,
} from '../model';
import type { Action, ActionState, AppEvent, Application, Contact, Settings } from '../model';
import { toCanonicalJson } from './canonical-json';
import type { ExportDocument } from './export-document';
import { parseExportJson } from './parse-export-json';

const instant = fc
  .integer({ min: Date.UTC(2020, 0, 1), max: Date.UTC(2030, 0, 1) })
  .map((ms) => new Date(ms).toISOString());
const text = fc.string({ unit: 'grapheme', maxLength: 12 });
const maybe = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: null });

/** A consistent document: every contact, event, action and state points at an application it holds. */
const documents: fc.Arbitrary<ExportDocument> = fc
  .uniqueArray(fc.stringMatching(/^[a-z0-9]{1,6}$/), { minLength: 1, maxLength: 4 })
  .chain((appIds) => {
    const appId = fc.constantFrom(...appIds);
    const application = (id: string): fc.Arbitrary<Application> =>
      fc.record({
        id: fc.constant(id),
        company: text,
        role: text,
        postingUrl: maybe(text),
        postingText: maybe(text),
        source: maybe(text),
        location: maybe(text),
        country: maybe(fc.constantFrom('US', 'DE')),
        region: maybe(fc.constantFrom('CA', 'BY')),
        timezone: maybe(fc.constantFrom('America/New_York', 'Europe/Berlin')),
        stage: fc.constantFrom(...STAGES),
        playbook: maybe(fc.constantFrom(...PLAYBOOK_NAMES)),
        policy: fc.constant({ ...OPEN_POLICY }),
        decisionBy: maybe(fc.constant('2026-02-01')),
        deadline: maybe(fc.constant('2026-01-20')),
        createdAt: instant,
        appliedAt: maybe(instant),
        updatedAt: instant,
      });
    const contact: fc.Arbitrary<Contact> = fc.record({
      id: fc.uuid(),
      applicationId: appId,
      name: maybe(text),
      role: fc.constantFrom(...CONTACT_ROLES),
      email: maybe(text),
      phone: maybe(text),
      phoneIsDirect: fc.boolean(),
      createdAt: instant,
    });
    const eventBase = {
      id: fc.uuid(),
      applicationId: appId,
      at: instant,
      note: maybe(text),
      source: fc.constantFrom(...EVENT_SOURCES),
      createdAt: instant,
    };
    const event: fc.Arbitrary<AppEvent> = fc.oneof(
      fc.record({ ...eventBase, kind: fc.constant('applied' as const), data: fc.constant({}) }),
      fc.record({
        ...eventBase,
        kind: fc.constant('interview' as const),
        data: fc.record({
          interviewerIds: fc.array(fc.uuid(), { maxLength: 2 }),
          discussed: fc.array(text, { maxLength: 2 }),
          nextStepDate: maybe(fc.constant('2026-02-03')),
        }),
      }),
      fc.record({
        ...eventBase,
        kind: fc.constant('follow_up_sent' as const),
        data: fc.record({
          actionId: maybe(fc.uuid()),
          actionKind: maybe(fc.constantFrom(...ACTION_KINDS)),
          step: maybe(fc.integer({ min: 1, max: 3 })),
          channel: fc.constantFrom('email' as const, 'phone' as const),
          contactId: maybe(fc.uuid()),
          messageId: maybe(text),
        }),
      }),
      fc.record({
        ...eventBase,
        kind: fc.constant('bounce' as const),
        data: fc.record({ address: text, hard: fc.boolean() }),
      }),
    );
    const action: fc.Arbitrary<Action> = fc.record({
      id: fc.uuid(),
      applicationId: appId,
      kind: fc.constantFrom(...ACTION_KINDS),
      step: fc.integer({ min: 1, max: 3 }),
      channel: maybe(fc.constantFrom('email' as const, 'phone' as const)),
      contact: maybe(fc.record({ id: fc.uuid(), name: maybe(text), email: maybe(text), phone: maybe(text) })),
      alternative: maybe(fc.record({ channel: fc.constant('phone' as const), phone: text })),
      due: fc.record({
        start: fc.constant('2026-03-06T09:00:00-05:00'),
        end: fc.constant('2026-03-06T11:30:00-05:00'),
      }),
      expiresAt: maybe(instant),
      rule: fc.constant('follow_up.first'),
      reason: text,
      sources: fc.subarray(Object.values(SEEDS).map((s) => s.file)),
      context: fc.record(
        {
          previousFollowUps: fc.nat(3),
          appliedOn: maybe(fc.constant('2026-02-27')),
          discussed: fc.array(text, { maxLength: 2 }),
        },
        { requiredKeys: [] },
      ),
    });
    const state: fc.Arbitrary<ActionState> = fc.oneof(
      fc.record({
        actionId: fc.uuid(),
        applicationId: appId,
        status: fc.constant('skipped' as const),
        at: instant,
      }),
      fc.record({
        actionId: fc.uuid(),
        applicationId: appId,
        status: fc.constant('snoozed' as const),
        until: instant,
        at: instant,
      }),
    );
    const settings: fc.Arbitrary<Settings> = fc.record({
      playbook: fc.constantFrom(...PLAYBOOK_NAMES),
      timezone: fc.constantFrom('Europe/Berlin', 'America/New_York'),
      country: maybe(fc.constant('DE')),
      region: maybe(fc.constant('BY')),
      sendWindow: fc.constant({ start: '09:00', end: '11:30' }),
      businessHours: fc.constant({ start: '09:00', end: '17:00' }),
      quietHours: maybe(fc.constant({ start: '22:00', end: '07:00' })),
      playbookOverrides: fc.record(
        { balanced: fc.record({ ghostAfterBusinessDays: fc.nat(30) }, { requiredKeys: [] }) },
        { requiredKeys: [] },
      ),
    });
    return fc.record({
      format: fc.constant('hearback-export' as const),
      version: fc.constant(2 as const),
      exportedAt: instant,
      settings: maybe(settings),
      profile: maybe(
        fc.record({
          name: text,
          signature: text,
          headline: text,
          strengths: fc.array(text, { maxLength: 3 }),
          recentAchievement: maybe(text),
          links: fc.array(text, { maxLength: 2 }),
        }),
      ),
      applications: fc.tuple(...appIds.map(application)),
      contacts: fc.array(contact, { maxLength: 4 }),
      events: fc.array(event, { maxLength: 6 }),
      actions: fc.array(action, { maxLength: 4 }),
      actionStates: fc.uniqueArray(state, { maxLength: 3, selector: (s) => s.actionId }),
      outbox: fc.constant([]),
      mailRecords: fc.constant([]),
    });
  });

const shuffled = <T>(items: readonly T[]): T[] => [...items].reverse();

describe('toCanonicalJson', () => {
  it('puts the format and version first and ends with a newline', () => {
    const json = toCanonicalJson({
      format: 'hearback-export',
      version: 2,
      exportedAt: '2026-01-15T10:00:00Z',
      settings: null,
      profile: null,
      applications: [],
      contacts: [],
      events: [],
      actions: [],
      actionStates: [],
      outbox: [],
      mailRecords: [],
    });
    expect(json).toBe(
      '{\n  "format": "hearback-export",\n  "version": 2,\n  "exportedAt": "2026-01-15T10:00:00Z",\n  "settings": null,\n  "profile": null,\n  "applications": [],\n  "contacts": [],\n  "events": [],\n  "actions": [],\n  "actionStates": [],\n  "outbox": [],\n  "mailRecords": []\n}\n',
    );
  });

  it('writes the same bytes whatever order the store listed rows and keys in', () => {
    fc.assert(
      fc.property(documents, (doc) => {
        const reordered: ExportDocument = {
          ...doc,
          applications: shuffled(doc.applications).map(
            (a) => Object.fromEntries(Object.entries(a).reverse()) as unknown as Application,
          ),
          contacts: shuffled(doc.contacts),
          events: shuffled(doc.events),
          actions: shuffled(doc.actions),
          actionStates: shuffled(doc.actionStates),
        };
        expect(toCanonicalJson(reordered)).toBe(toCanonicalJson(doc));
      }),
    );
  });

  it('round-trips: export, read back as a restore would, export again, and the bytes are identical', () => {
    fc.assert(
      fc.property(documents, (doc) => {
        const first = toCanonicalJson(doc);
        const read = parseExportJson(first);
        if (!read.ok) throw new Error(JSON.stringify(read.problems));
        expect(toCanonicalJson(read.doc)).toBe(first);
      }),
    );
  });
});
