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
  /** Due now: the window has opened (overdue ones included), and the action has not expired. */
  due: AgendaItem[];
  /** Opening within the next `days` days. */
  upcoming: AgendaItem[];
}

const DAY = 86_400_000;

/**
 * What to do today and in the coming days, from the stored plans. Reads only the actions due before the
 * horizon, so it stays fast on a store with thousands of applications.
 */
export async function today(deps: AppDeps, options: { days?: number } = {}): Promise<Agenda> {
  await ensureFreshPlans(deps);
  const now = deps.clock.now();
  const nowMs = now.getTime();
  const horizon = new Date(nowMs + (options.days ?? 7) * DAY).toISOString();
  const stored = await deps.db.listActions({ dueStartBefore: horizon });
  const live = stored.filter(({ action }) => action.expiresAt === null || Date.parse(action.expiresAt) > nowMs);
  const apps = live.length ? await deps.db.listApplications({ ids: [...new Set(live.map((s) => s.action.applicationId))] }) : [];
  const byId = new Map(apps.map((a) => [a.id, { id: a.id, company: a.company, role: a.role }]));
  const items = live.map(({ action, state }) => ({ action, state, application: byId.get(action.applicationId) ?? { id: action.applicationId, company: '?', role: '?' } }));
  return {
    now: now.toISOString(),
    due: items.filter((i) => Date.parse(i.action.due.start) <= nowMs),
    upcoming: items.filter((i) => Date.parse(i.action.due.start) > nowMs),
  };
}
