import type { AppDeps } from '../app/deps';
import { today, type Agenda } from '../app/today';
import type { PlanEvents } from './plan-events';

export interface PlanScheduler {
  /** Checks every user's plans now; returns the users whose agenda changed since the last check. */
  tick(): Promise<string[]>;
  /** Ticks now, then at each window boundary and at least every `intervalMs`. */
  start(): void;
  /** Stops the timer and waits for a check in progress, so the store can close after it. */
  stop(): Promise<void>;
}

export interface PlanSchedulerOptions {
  /** The users to keep fresh: local mode's one user. Server mode runs this in a worker instead. */
  users: () => readonly string[];
  depsFor(userId: string): AppDeps;
  events: PlanEvents;
  intervalMs?: number;
  /** What the page shows: how far ahead it looks and how many items per list, so the same changes count. */
  days?: number;
  limit?: number;
  log?: (line: string) => void;
}

const MIN_DELAY_MS = 1_000;

/** What the page shows, reduced to which actions are due and which are coming. */
function signature(agenda: Agenda): string {
  return `${agenda.dueTotal}:${agenda.due.map((i) => i.action.id).join(',')}|${agenda.upcomingTotal}:${agenda.upcoming.map((i) => i.action.id).join(',')}`;
}

/** The next instant the agenda changes by itself: an upcoming window opens, or a due action expires. */
function nextBoundary(agenda: Agenda, nowMs: number): number {
  let next = Infinity;
  for (const item of agenda.upcoming) next = Math.min(next, Date.parse(item.action.due.start));
  for (const item of agenda.due) if (item.action.expiresAt !== null) next = Math.min(next, Date.parse(item.action.expiresAt));
  return next > nowMs ? next : Infinity;
}

/**
 * Keeps plans fresh as time passes, inside the server process: it remakes stale plans (a new planner version
 * or settings) and tells the user's pages when an action became due or expired, so Today needs no reload.
 * Plans themselves are stored for all time (see src/app/replan.ts), so passing time changes only which
 * actions are due; the timer wakes at the next such boundary. Timers are unref'd: they never keep the
 * process alive.
 */
export function planScheduler(options: PlanSchedulerOptions): PlanScheduler {
  const intervalMs = options.intervalMs ?? 60_000;
  const seen = new Map<string, string>();
  let timer: NodeJS.Timeout | null = null;
  let running = false;
  let boundaryMs = Infinity;
  let clockMs = 0;
  let inflight: Promise<void> = Promise.resolve();

  const report = (error: unknown) => options.log?.(`hearback: the scheduler could not check plans: ${error instanceof Error ? error.message : String(error)}`);
  const run = () => {
    inflight = tick().then(() => undefined, report).finally(schedule);
  };

  async function tick(): Promise<string[]> {
    const changed: string[] = [];
    boundaryMs = Infinity;
    for (const userId of options.users()) {
      const deps = options.depsFor(userId);
      const agenda = await today(deps, { days: options.days ?? 7, limit: options.limit ?? 50 });
      clockMs = Date.parse(agenda.now);
      boundaryMs = Math.min(boundaryMs, nextBoundary(agenda, clockMs));
      const key = signature(agenda);
      const before = seen.get(userId);
      seen.set(userId, key);
      if (before !== undefined && before !== key) {
        changed.push(userId);
        options.events.publish(userId, { reason: 'schedule', origin: null, at: agenda.now });
      }
    }
    return changed;
  }

  function schedule(): void {
    if (!running) return;
    const untilBoundary = boundaryMs - clockMs;
    const delay = Math.max(MIN_DELAY_MS, Math.min(intervalMs, Number.isFinite(untilBoundary) ? untilBoundary + 50 : intervalMs));
    timer = setTimeout(run, delay);
    timer.unref();
  }

  return {
    tick,
    start() {
      if (running) return;
      running = true;
      run();
    },
    async stop() {
      running = false;
      if (timer) clearTimeout(timer);
      timer = null;
      await inflight;
    },
  };
}
