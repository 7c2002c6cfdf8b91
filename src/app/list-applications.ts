import type { Action, Application, Stage } from '../core/model';
import type { AppDeps } from './deps';
import { ensureFreshPlans } from './plan-version';

export interface ApplicationSummary extends Application {
  /** The next thing to do for it: the earliest planned action that has not expired; `null` for none. */
  next: Action | null;
}

/** Applications, oldest first, each with its next action, from plans made fresh for the clock's `now`. */
export async function listApplications(deps: AppDeps, options: { stage?: Stage } = {}): Promise<ApplicationSummary[]> {
  await ensureFreshPlans(deps);
  const nowMs = deps.clock.now().getTime();
  const [apps, stored] = await Promise.all([deps.db.listApplications(options.stage ? { stage: options.stage } : {}), deps.db.listActions()]);
  const next = new Map<string, Action>();
  // Actions come ordered by the start of their window, so the first live one per application is its next.
  for (const { action } of stored) {
    if (next.has(action.applicationId)) continue;
    if (action.expiresAt !== null && Date.parse(action.expiresAt) <= nowMs) continue;
    next.set(action.applicationId, action);
  }
  return apps.map((app) => ({ ...app, next: next.get(app.id) ?? null }));
}
