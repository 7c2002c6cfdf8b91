import { computeAnalytics, type AnalyticsFigures } from './analytics-compute';
import { nowIso, type AppDeps } from './deps';
import { loadSettings } from './settings';

export type { AnalyticsFigures, FunnelStep, RateRow, SourceRow } from './analytics-compute';

export interface Analytics extends AnalyticsFigures {
  /** When the figures were computed. */
  asOf: string;
}

/**
 * How the job search is going, computed from everything in the store: the funnel from applying to an
 * offer, which follow-ups get answered (by channel, by step, by weekday sent), which sources answer, and
 * how long the first answer takes. Nothing is stored or estimated; see `computeAnalytics` for the rules.
 */
export async function analytics(deps: AppDeps): Promise<Analytics> {
  const [apps, events, settings] = await Promise.all([deps.db.listApplications(), deps.db.listEvents(), loadSettings(deps)]);
  return { asOf: nowIso(deps), ...computeAnalytics(apps, events, settings.timezone) };
}
