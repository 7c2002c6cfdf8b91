import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { tempRuntime, type TempRuntime } from '../../test/support/temp-runtime';
import { addApplication } from '../app/add-application';
import { PLAN_VERSION_KEY } from '../app/plan-version';
import { inProcessPlanEvents, type PlanChanged, type PlanEvents } from './plan-events';
import { planScheduler } from './plan-scheduler';

let rt: TempRuntime;
let heard: PlanChanged[];
let appId: string;
let events: PlanEvents;
const make = (intervalMs = 60_000) => planScheduler({ users: () => ['local'], depsFor: () => rt.deps, events, intervalMs });

beforeEach(async () => {
  // Friday before the follow-up: it is planned for Monday 23 November in New York.
  rt = await tempRuntime('2026-11-20T15:00:00Z');
  appId = (await addApplication(rt.deps, { company: 'Acme', role: 'Engineer', appliedAt: '2026-11-13', timezone: 'America/New_York', country: 'US' })).application.id;
  heard = [];
  events = inProcessPlanEvents();
  events.subscribe('local', (event) => heard.push(event));
});
afterEach(() => rt.cleanup());

describe('the plan scheduler', () => {
  it('tells the pages when time makes an action due, and only then', async () => {
    const scheduler = make();
    expect(await scheduler.tick()).toEqual([]);
    rt.clock.set('2026-11-21T15:00:00Z');
    expect(await scheduler.tick()).toEqual([]);
    const due = (await rt.deps.db.getAction(`${appId}-fu1`))?.action.due.start ?? '';
    rt.clock.set(new Date(Date.parse(due) + 60_000).toISOString());
    expect(await scheduler.tick()).toEqual(['local']);
    expect(heard).toEqual([{ reason: 'schedule', origin: null, at: rt.clock.now().toISOString() }]);
    expect(await scheduler.tick()).toEqual([]);
  });

  it('remakes stale plans, as a new planner version or settings need', async () => {
    await rt.deps.db.putMeta(PLAN_VERSION_KEY, 'stale');
    await rt.deps.db.replaceActions(appId, []);
    await make().tick();
    expect((await rt.deps.db.listActions()).map((s) => s.action.id)).toEqual([`${appId}-fu1`]);
  });

  it('wakes by itself at the next window boundary, and stops cleanly', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    try {
      const scheduler = make(7 * 24 * 3_600_000);
      scheduler.start();
      await vi.waitFor(() => expect(vi.getTimerCount()).toBe(1));
      const due = (await rt.deps.db.getAction(`${appId}-fu1`))?.action.due.start ?? '';
      rt.clock.set(new Date(Date.parse(due) + 60_000).toISOString());
      // The boundary is three days away by the test clock, which the timer's delay was computed from.
      await vi.advanceTimersByTimeAsync(Date.parse(due) - Date.parse('2026-11-20T15:00:00Z') + 1_000);
      await vi.waitFor(() => expect(heard.map((e) => e.reason)).toEqual(['schedule']));
      await scheduler.stop();
      expect(vi.getTimerCount()).toBe(0);
    } finally {
      vi.useRealTimers();
    }
  });
});
