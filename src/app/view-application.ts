import { isoDate } from '../core/calendar/civil-date';
import { ZoneClock } from '../core/calendar/zone-clock';
import type { Application } from '../core/model';
import { analyzePosting, type PostingAnalysis } from '../core/posting';
import type { AppDeps } from './deps';
import { loadSettings } from './settings';
import { showApplication, type ApplicationView } from './show-application';

/** An application as its page shows it: the view, plus what its posting text says, for highlighting. */
export interface ApplicationDetails extends ApplicationView {
  /** The posting analysis with spans into `application.postingText`; `null` without posting text. */
  analysis: PostingAnalysis | null;
}

/**
 * Analyses an application's posting text as of the day the user applied (or saved it), in the employer's
 * zone, so relative periods ("within two weeks") count from the same day they did when it was added.
 */
export function analysisOf(application: Application, fallbackZone: string, fallbackCountry: string | null): PostingAnalysis | null {
  if (!application.postingText) return null;
  const zone = application.timezone ?? fallbackZone;
  const referenceDate = isoDate(ZoneClock.for(zone).dayOf(Date.parse(application.appliedAt ?? application.createdAt)));
  return analyzePosting(application.postingText, { referenceDate, country: application.country ?? fallbackCountry });
}

/** Everything about one application with its posting analysis; `not_found` (field `id`) when there is none. */
export async function viewApplication(deps: AppDeps, id: string): Promise<ApplicationDetails> {
  const view = await showApplication(deps, id);
  const settings = await loadSettings(deps);
  return { ...view, analysis: analysisOf(view.application, settings.timezone, settings.country) };
}
