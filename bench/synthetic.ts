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
const BASE = Date.parse('2026-06-01T13:00:00Z');

export interface Synthetic {
  app: Application;
  events: AppEvent[];
  contacts: Contact[];
}

export function synthesize(count: number, seed = 42): Synthetic[] {
  let state = seed >>> 0;
  const rand = (n: number) => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state % n;
  };
  const out: Synthetic[] = [];
  for (let i = 0; i < count; i++) {
    const id = `a${i.toString(36)}`;
    const place = PLACES[rand(PLACES.length)]!;
    const appliedMs = BASE + rand(150) * DAY + rand(8) * 3_600_000;
    const appliedAt = new Date(appliedMs).toISOString();
    const contacts: Contact[] = rand(3) === 0 ? [] : [{ id: `${id}c`, applicationId: id, name: 'Dana Smith', role: 'hiring_manager', email: 'dana@example.com', phone: rand(4) === 0 ? '+12125550100' : null, phoneIsDirect: rand(2) === 0, createdAt: appliedAt }];
    const events: AppEvent[] = [{ id: `${id}e0`, applicationId: id, kind: 'applied', at: appliedAt, note: null, source: 'import', createdAt: appliedAt, data: {} }];
    const shape = rand(10);
    const later = (days: number) => new Date(appliedMs + days * DAY).toISOString();
    if (shape >= 5) events.push({ id: `${id}e1`, applicationId: id, kind: 'follow_up_sent', at: later(7), note: null, source: 'import', createdAt: later(7), data: { actionId: null, actionKind: 'follow_up', step: 1, channel: 'email', contactId: null, messageId: null } });
    if (shape >= 7) events.push({ id: `${id}e2`, applicationId: id, kind: 'interview', at: later(12), note: null, source: 'import', createdAt: later(12), data: { interviewerIds: contacts.map((c) => c.id), discussed: ['the roadmap'], nextStepDate: rand(2) ? later(20).slice(0, 10) : null } });
    if (shape === 9) events.push({ id: `${id}e3`, applicationId: id, kind: 'rejection', at: later(25), note: null, source: 'import', createdAt: later(25), data: {} });
    out.push({
      app: { id, company: `Company ${rand(5000)}`, role: 'Engineer', postingUrl: null, postingText: null, source: null, location: null, country: place[1], region: place[2], timezone: place[0], stage: 'applied', playbook: null, policy: rand(20) === 0 ? { ...OPEN_POLICY, noContact: true } : OPEN_POLICY, decisionBy: null, deadline: null, createdAt: appliedAt, appliedAt, updatedAt: appliedAt },
      events,
      contacts,
    });
  }
  return out;
}
