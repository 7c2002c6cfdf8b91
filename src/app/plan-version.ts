import type { Settings } from '../core/model';
import type { AppDeps } from './deps';
import { loadSettings } from './settings';

/** Bump when the planner's rules change, so stored plans are remade on the next start. */
export const PLANNER_VERSION = '3';
export const PLAN_VERSION_KEY = 'plan_version';

export function planKey(settings: Settings): string {
  return `${PLANNER_VERSION}:${JSON.stringify(settings)}`;
}

/**
 * Makes sure stored plans were made by this planner version with these settings, replanning everything in
 * one transaction when not. Cheap when they were: one read, and the planner is not even loaded, which
 * keeps `hearback today` fast to start.
 */
export async function ensureFreshPlans(deps: AppDeps): Promise<boolean> {
  const settings = await loadSettings(deps);
  if ((await deps.db.getMeta(PLAN_VERSION_KEY)) === planKey(settings)) return false;
  const { replanAll } = await import('./replan');
  await deps.db.transaction((db) => replanAll({ db }, settings));
  return true;
}
