import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { aContact, anApplication, anEvent, someSettings } from '../../../test/support/builders';
import { BusinessCalendar } from '../calendar/business-calendar';
import { parseTimeRange } from '../calendar/time-of-day';
import { ZoneClock } from '../calendar/zone-clock';
import type { AppEvent, Application, Contact, ContactPolicy, EventKind, PlaybookName, Settings } from '../model';
import { planApplication } from './plan';
import { resolvePlaybook } from './playbooks';

const PLACES = [
  ['America/New_York', 'US', null],
  ['America/Los_Angeles', 'US', 'CA'],
  ['Europe/London', 'GB', 'ENG'],
  ['Europe/Berlin', 'DE', 'BY'],
  ['Asia/Tokyo', 'JP', null],
  ['Asia/Kolkata', 'IN', null],
  ['Australia/Sydney', 'AU', 'NSW'],
  ['Asia/Jerusalem', 'IL', null],
  ['America/Sao_Paulo', 'BR', null],
] as const;
const USER_ZONES = ['America/New_York', 'Europe/Berlin', 'Asia/Tokyo', 'UTC'];
const KINDS: EventKind[] = ['reply', 'interview', 'rejection', 'offer', 'follow_up_sent', 'thank_you_sent', 'call', 'auto_reply', 'bounce', 'note', 'ghosted'];
const START = Date.parse('2025-06-01T00:00:00Z');
const SPAN = 600 * 86_400_000;

const policyArb: fc.Arbitrary<ContactPolicy> = fc.record({ noContact: fc.boolean(), noCalls: fc.boolean(), noAgencies: fc.boolean(), onlyShortlistedContacted: fc.boolean() });
const contactArb = fc.record({
  name: fc.option(fc.constantFrom('Dana Smith', 'Lee Wong'), { nil: null }),
  role: fc.constantFrom('hiring_manager', 'recruiter', 'interviewer', 'other') as fc.Arbitrary<Contact['role']>,
  email: fc.option(fc.constantFrom('dana@acme.io', 'lee@acme.io', 'jobs@acme.io'), { nil: null }),
  phone: fc.option(fc.constantFrom('+1 212 555 0100', '+44 20 7946 0000'), { nil: null }),
  phoneIsDirect: fc.boolean(),
});

const scenarioArb = fc
  .record({
    place: fc.constantFrom(...PLACES),
    userZone: fc.constantFrom(...USER_ZONES),
    playbook: fc.constantFrom<PlaybookName>('persistent', 'balanced', 'conservative'),
    policy: policyArb,
    appliedOffset: fc.integer({ min: 0, max: SPAN }),
    decisionDays: fc.option(fc.integer({ min: -5, max: 40 }), { nil: null }),
    contacts: fc.array(contactArb, { maxLength: 3 }),
    events: fc.array(fc.record({ kind: fc.constantFrom(...KINDS), after: fc.integer({ min: 0, max: 60 * 86_400_000 }), n: fc.nat(9) }), { maxLength: 6 }),
    nowAfter: fc.integer({ min: 0, max: 90 * 86_400_000 }),
    cap: fc.option(fc.integer({ min: 0, max: 2 }), { nil: null }),
  })
  .map((s) => {
    const appliedMs = START + s.appliedOffset;
    const contacts = s.contacts.map((c, i) => aContact({ ...c, id: `c${i}` }));
    const events: AppEvent[] = [anEvent('applied', new Date(appliedMs).toISOString())];
    for (const e of [...s.events].sort((a, b) => a.after - b.after)) {
      const at = new Date(appliedMs + e.after).toISOString();
      const data =
        e.kind === 'interview' ? { interviewerIds: contacts.slice(0, e.n % 3).map((c) => c.id), nextStepDate: e.n > 5 ? new Date(appliedMs + e.after + e.n * 86_400_000).toISOString().slice(0, 10) : null }
        : e.kind === 'auto_reply' ? { returnDate: e.n > 4 ? new Date(appliedMs + e.after + e.n * 86_400_000).toISOString().slice(0, 10) : null }
        : e.kind === 'bounce' ? { address: contacts[e.n % Math.max(1, contacts.length)]?.email ?? 'x@y.z', hard: e.n % 2 === 0 }
        : {};
      events.push(anEvent(e.kind, at, data));
    }
    const app: Application = anApplication({
      timezone: s.place[0], country: s.place[1], region: s.place[2], playbook: s.playbook, policy: s.policy, appliedAt: new Date(appliedMs).toISOString(),
      decisionBy: s.decisionDays === null ? null : new Date(appliedMs + s.decisionDays * 86_400_000).toISOString().slice(0, 10),
    });
    const overrides = s.cap === null ? {} : { [s.playbook]: { maxUnansweredFollowUps: s.cap } };
    const settings = someSettings({ timezone: s.userZone, country: null, region: null, playbookOverrides: overrides });
    return { app, events, contacts, settings, now: new Date(appliedMs + s.nowAfter).toISOString() };
  });

type Scenario = typeof scenarioArb extends fc.Arbitrary<infer T> ? T : never;
const run = (x: Scenario) => planApplication(x.app, x.events, x.contacts, x.settings, x.now);
const HOUR = 3_600_000;
const toSecond = (ms: number) => Math.floor(ms / 1000) * 1000;

/** Minutes of an interval the user is awake for, outside their quiet hours, counted in their own zone. */
function awakeMinutes(settings: Settings, interval: { start: number; end: number }): number {
  if (!settings.quietHours) return (interval.end - interval.start) / 60_000;
  const quiet = parseTimeRange(settings.quietHours, 'quietHours', true);
  const clock = ZoneClock.for(settings.timezone);
  let awake = 0;
  for (let t = interval.start; t < interval.end; t += 60_000) {
    const m = clock.minuteOf(t);
    const asleep = quiet.start < quiet.end ? m >= quiet.start && m < quiet.end : m >= quiet.start || m < quiet.end;
    if (!asleep) awake++;
  }
  return awake;
}

/** A message or call that chases the application, as the cap counts it: not a thank-you or a rejection reply. */
function isChase(e: AppEvent): boolean {
  if (e.kind !== 'follow_up_sent' && e.kind !== 'call') return false;
  return e.data.actionKind !== 'thank_you' && e.data.actionKind !== 'rejection_reply';
}

describe('planner properties', () => {
  it('puts every window but a thank-you in the send window on a business day in the recipient zone', () => {
    fc.assert(
      fc.property(scenarioArb, (x) => {
        const cal = BusinessCalendar.for({ zone: x.app.timezone!, country: x.app.country, region: x.app.region });
        const send = parseTimeRange(x.settings.sendWindow, 'sendWindow');
        const hours = parseTimeRange(x.settings.businessHours, 'businessHours');
        for (const a of run(x).actions.filter((b) => b.kind !== 'thank_you')) {
          const start = Date.parse(a.due.start);
          const end = Date.parse(a.due.end);
          const day = cal.dayOf(start);
          expect(end).toBeGreaterThan(start);
          expect(cal.isBusinessDay(day)).toBe(true);
          expect(a.due.start).toBe(cal.clock.iso(start));
          // Only when the user sleeps through the send window may it widen to the recipient's business hours.
          const range = cal.clock.minuteOf(start) >= send.start && end <= cal.clock.instant(day, send.end) ? send : hours;
          if (range === hours) expect(awakeMinutes(x.settings, cal.window(day, send))).toBeLessThan(30);
          expect(cal.clock.minuteOf(start)).toBeGreaterThanOrEqual(range.start);
          expect(end).toBeLessThanOrEqual(cal.clock.instant(day, range.end));
        }
      }),
      { numRuns: 400 },
    );
  });

  it('opens a thank-you when the interview ends, in the user\'s waking hours, and ends it within 48 hours', () => {
    fc.assert(
      fc.property(scenarioArb, (x) => {
        const interviews = new Map(x.events.filter((e) => e.kind === 'interview').map((e) => [e.id, Date.parse(e.at)]));
        for (const a of run(x).actions.filter((b) => b.kind === 'thank_you')) {
          const at = interviews.get(a.context.interviewEventId ?? '') ?? NaN;
          const start = Date.parse(a.due.start);
          const end = Date.parse(a.due.end);
          // Instants are written to the second, so the bounds are too.
          expect(start).toBeGreaterThanOrEqual(toSecond(at + HOUR));
          expect(end).toBeLessThanOrEqual(at + 24 * HOUR);
          expect(Date.parse(a.expiresAt ?? '')).toBe(toSecond(at + 48 * HOUR));
          expect(awakeMinutes(x.settings, { start, end })).toBe(Math.ceil((end - start) / 60_000));
        }
      }),
      { numRuns: 400 },
    );
  });

  it('never plans an email or call before an interview for a no-contact posting', () => {
    fc.assert(
      fc.property(scenarioArb, (x) => {
        fc.pre(x.app.policy.noContact && !x.events.some((e) => e.kind === 'interview'));
        expect(run(x).actions.filter((a) => a.channel !== null)).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });

  it('never uses the phone without a number or against a no-calls posting', () => {
    fc.assert(
      fc.property(scenarioArb, (x) => {
        for (const a of run(x).actions) {
          if (a.channel === 'phone') {
            expect(a.contact?.phone).toBeTruthy();
            expect(x.app.policy.noCalls || x.app.policy.noContact).toBe(false);
          }
          if (a.alternative) expect(x.app.policy.noCalls).toBe(false);
        }
      }),
      { numRuns: 400 },
    );
  });

  it('never suggests a follow-up past the cap of unanswered ones, whatever else happened', () => {
    fc.assert(
      fc.property(scenarioArb, (x) => {
        const cap = resolvePlaybook(x.app.playbook!, x.settings.playbookOverrides[x.app.playbook!]).maxUnansweredFollowUps;
        const events = [...x.events];
        for (let round = 0; round < 6; round++) {
          const next = planApplication(x.app, events, x.contacts, x.settings, x.now).actions.find((a) => a.kind === 'follow_up');
          if (!next) break;
          const lastReply = Math.max(...events.filter((e) => e.kind === 'reply' || e.kind === 'applied').map((e) => Date.parse(e.at)));
          const unanswered = events.filter((e) => isChase(e) && Date.parse(e.at) >= lastReply).length;
          expect(events.some((e) => e.kind === 'interview')).toBe(false);
          expect(unanswered).toBeLessThan(cap);
          const sent = anEvent('follow_up_sent', next.due.start, { actionId: next.id, step: next.step });
          const at = events.findIndex((e) => Date.parse(e.at) > Date.parse(sent.at));
          events.splice(at < 0 ? events.length : at, 0, sent);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('never chases a no-contact posting at all in the balanced and conservative playbooks', () => {
    fc.assert(
      fc.property(scenarioArb, (x) => {
        fc.pre(x.app.policy.noContact && x.app.playbook !== 'persistent');
        expect(run(x).actions.filter((a) => a.kind === 'follow_up' || a.kind === 'check_in' || a.kind === 'call')).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });

  it('is deterministic: the same inputs give the same plan', () => {
    fc.assert(
      fc.property(scenarioArb, (x) => {
        expect(run(structuredClone(x))).toEqual(run(x));
      }),
      { numRuns: 200 },
    );
  });

  it('only drops actions as time passes: a later plan is the earlier one without the expired', () => {
    fc.assert(
      fc.property(scenarioArb, fc.integer({ min: 0, max: 30 * 86_400_000 }), (x, later) => {
        const early = run(x).actions;
        const lateNow = new Date(Date.parse(x.now) + later).toISOString();
        const late = run({ ...x, now: lateNow }).actions;
        expect(late).toEqual(early.filter((a) => a.expiresAt === null || Date.parse(a.expiresAt) > Date.parse(lateNow)));
      }),
      { numRuns: 200 },
    );
  });

  it('shares nothing that a later plan changes: earlier plans stay as they were while others are planned', () => {
    // Plans share frozen empty lists, due windows and seed lists across applications; none of that may be
    // written to, or an earlier plan would change under the caller.
    fc.assert(
      fc.property(fc.array(scenarioArb, { minLength: 2, maxLength: 8 }), (xs) => {
        const results = xs.map(run);
        const snapshots = results.map((r) => structuredClone(r));
        for (const x of [...xs].reverse()) run(x);
        expect(results).toEqual(snapshots);
        for (const r of results) {
          expect(Object.isFrozen(r.actions) || !results.some((o) => o !== r && o.actions === r.actions)).toBe(true);
          expect(Object.isFrozen(r.notes) || !results.some((o) => o !== r && o.notes === r.notes)).toBe(true);
        }
      }),
      { numRuns: 100 },
    );
  });
});
