import { DEFAULT_SETTINGS } from '../core/planner/default-settings';
import type { Settings } from '../core/model';
import type { AppDeps } from './deps';

/** The user's settings, or the defaults in the machine's zone for a user who has saved none. */
export async function loadSettings(deps: Pick<AppDeps, 'db' | 'defaults'>): Promise<Settings> {
  const stored = await deps.db.getSettings();
  return stored ?? { ...DEFAULT_SETTINGS, timezone: deps.defaults.timezone };
}
