import type { Action, ActionState } from '../core/model';
import type { AppDeps } from './deps';
import { ensureFreshPlans } from './plan-version';

export interface AgendaItem {
  action: Action;
  state: ActionState | null;
  application: { id: string; company: string; role: string };
}

export interface Agenda {
  now: string;
  /**
   * Due now: the window has opened (overdue included) and the action has not expired; those about to expire
   * first, then the most recently opened, as a person reads a backlog.
   */
  due: AgendaItem[];
  dueTotal: number;
  /** Opening within the next `days` days, soonest first. */
  upcoming: AgendaItem[];
  upcomingTotal: number;
}

const DAY = 86_400_000;

/**
 * What to do today and in the coming days, from the stored plans. With a `limit` each list holds at most that
 * many items and the totals say how many there are, so a backlog of thousands costs a few rows to show.
 */
export async function today(deps: AppDeps, options: { days?: number; limit?: number } = {}): Promise<Agenda> {
  await ensureFreshPlans(deps);
  const nowMs = deps.clock.now().getTime();
  const now = new Date(nowMs).toISOString();
  const justAfter = new Date(nowMs + 1).toISOString();
  const horizon = new Date(nowMs + (options.days ?? 7) * DAY).toISOString();
  const limit = options.limit === undefined ? {} : { limit: options.limit };
  const dueQuery = { dueStartBefore: justAfter, liveAt: now };
  const upcomingQuery = { dueStartFrom: justAfter, dueStartBefore: horizon, liveAt: now };
  const [due, upcoming] = await Promise.all([
    deps.db.listActions({ ...dueQuery, order: 'relevance', withApplication: true, ...limit }),
    deps.db.listActions({ ...upcomingQuery, withApplication: true, ...limit }),
  ]);
  const [dueTotal, upcomingTotal] = await Promise.all([
    options.limit !== undefined && due.length === options.limit ? deps.db.countActions(dueQuery) : due.length,
    options.limit !== undefined && upcoming.length === options.limit ? deps.db.countActions(upcomingQuery) : upcoming.length,
  ]);
  const item = ({ action, state, application }: (typeof due)[number]): AgendaItem => ({
    action,
    state,
    application: application ?? { id: action.applicationId, company: '?', role: '?' },
  });
  return { now, due: due.map(item), dueTotal, upcoming: upcoming.map(item), upcomingTotal };
}
