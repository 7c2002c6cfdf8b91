import type { AppEvent, Application, Contact } from '../src/core/model';
import { OPEN_POLICY } from '../src/core/model';

/**
 * Deterministic synthetic applications for benchmarks: a mix of stages and histories shaped like a real
 * search (most applications applied and silent, some interviewing, a few rejected), over a few employer
 * locations. A linear congruential generator keeps runs comparable.
 */
const PLACES: [string, string, string | null][] = [
  ['America/New_York', 'US', null],
  ['America/Los_Angeles', 'US', 'CA'],
  ['Europe/London', 'GB', 'ENG'],
  ['Europe/Berlin', 'DE', 'BY'],
  ['Europe/Paris', 'FR', null],
];
const DAY = 86_400_000;

export interface Synthetic {
  app: Application;
  events: AppEvent[];
  contacts: Contact[];
}

/**
 * `count` applications over the year before `now`: recent ones still open, older ones mostly closed, as in a
 * real search that has run for a while.
 */
export function synthesize(count: number, seed = 42, now = '2026-11-23T15:00:00Z'): Synthetic[] {
  const end = Date.parse(now);
  let state = seed >>> 0;
  const rand = (n: number) => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state % n;
  };
  const out: Synthetic[] = [];
  for (let i = 0; i < count; i++) {
    const id = `a${i.toString(36)}`;
    const place = PLACES[rand(PLACES.length)]!;
    const age = rand(365);
    const appliedMs = end - age * DAY - rand(8) * 3_600_000;
    const appliedAt = new Date(appliedMs).toISOString();
    const contacts: Contact[] = rand(3) === 0 ? [] : [{ id: `${id}c`, applicationId: id, name: 'Dana Smith', role: 'hiring_manager', email: 'dana@example.com', phone: rand(4) === 0 ? '+12125550100' : null, phoneIsDirect: rand(2) === 0, createdAt: appliedAt }];
    const events: AppEvent[] = [{ id: `${id}e0`, applicationId: id, kind: 'applied', at: appliedAt, note: null, source: 'import', createdAt: appliedAt, data: {} }];
    const shape = rand(10);
    const later = (days: number) => new Date(appliedMs + days * DAY).toISOString();
    if (shape >= 5) events.push({ id: `${id}e1`, applicationId: id, kind: 'follow_up_sent', at: later(7), note: null, source: 'import', createdAt: later(7), data: { actionId: null, actionKind: 'follow_up', step: 1, channel: 'email', contactId: null, messageId: null } });
    if (shape >= 7) events.push({ id: `${id}e2`, applicationId: id, kind: 'interview', at: later(12), note: null, source: 'import', createdAt: later(12), data: { interviewerIds: contacts.map((c) => c.id), discussed: ['the roadmap'], nextStepDate: rand(2) ? later(20).slice(0, 10) : null } });
    if (shape === 9) events.push({ id: `${id}e3`, applicationId: id, kind: 'rejection', at: later(25), note: null, source: 'import', createdAt: later(25), data: {} });
    // Older applications have mostly run their course: the user marked them ghosted or heard no.
    if (age > 45 && shape < 9 && rand(10) < 8) events.push({ id: `${id}e4`, applicationId: id, kind: rand(3) ? 'ghosted' : 'rejection', at: later(40), note: null, source: 'import', createdAt: later(40), data: rand(2) ? {} : { actionId: null, actionKind: 'mark_ghosted', step: null } } as AppEvent);
    for (const e of events) if (Date.parse(e.at) > end) events.splice(events.indexOf(e));
    out.push({
      app: { id, company: `Company ${rand(5000)}`, role: 'Engineer', postingUrl: null, postingText: null, source: null, location: null, country: place[1], region: place[2], timezone: place[0], stage: 'applied', playbook: null, policy: rand(20) === 0 ? { ...OPEN_POLICY, noContact: true } : OPEN_POLICY, decisionBy: null, deadline: null, createdAt: appliedAt, appliedAt, updatedAt: appliedAt },
      events,
      contacts,
    });
  }
  return out;
}
