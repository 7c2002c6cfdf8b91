import { buildIcs, nextSequence, type IcsAction } from '../core/ics';
import type { CalendarSequence } from '../ports/store';
import { assertCalendarToken } from './calendar-token';
import { nowIso, type AppDeps } from './deps';
import { ensureFreshPlans } from './plan-version';
import { loadSettings } from './settings';

export interface IcalOptions {
  /** The web app's base URL; each event links to its action there, in its application's plan. */
  appUrl: string;
}

/**
 * The user's calendar: one event per live action (due now or later, neither expired nor skipped), each in
 * its recipient's zone, with a UID that stays the same across plans and a SEQUENCE that grows exactly when
 * the action's window moves (a snooze, a replan). The sequences are kept in the store, so `hearback ical`
 * files and the feed agree. Plans are made fresh first, as `today` does.
 */
export async function icalCalendar(deps: AppDeps, options: IcalOptions): Promise<string> {
  await ensureFreshPlans(deps);
  const nowMs = deps.clock.now().getTime();
  const stored = await deps.db.listActions();
  const live = stored.filter(
    ({ action, state }) =>
      state?.status !== 'skipped' && (action.expiresAt === null || Date.parse(action.expiresAt) > nowMs),
  );
  const ids = [...new Set(live.map((s) => s.action.applicationId))];
  const [apps, settings, profile, published] = await Promise.all([
    ids.length > 0 ? deps.db.listApplications({ ids }) : Promise.resolve([]),
    loadSettings(deps),
    deps.db.getProfile(),
    deps.db.listCalendarSequences(),
  ]);
  const appsById = new Map(apps.map((a) => [a.id, a]));
  const previous = new Map(published.map((p) => [p.actionId, p]));
  const changed: CalendarSequence[] = [];
  const items: IcsAction[] = live.map(({ action }) => {
    const app = appsById.get(action.applicationId);
    const before = previous.get(action.id) ?? null;
    const window = { dueStart: action.due.start, dueEnd: action.due.end };
    const sequence = nextSequence(before, window);
    if (before === null || before.sequence !== sequence) {
      changed.push({ actionId: action.id, applicationId: action.applicationId, ...window, sequence });
    }
    return {
      action,
      applicationLabel: app ? `${app.company} — ${app.role}` : action.applicationId,
      sequence,
      timezone: app?.timezone ?? settings.timezone,
    };
  });
  if (changed.length > 0) await deps.db.putCalendarSequences(changed);
  const name = profile?.name.trim();
  return buildIcs({
    calendarName: name ? `hearback — ${name}` : 'hearback',
    actions: items,
    appUrl: options.appUrl,
    now: nowIso(deps),
  });
}

/**
 * The feed behind `GET /ical/<token>.ics`: the calendar of the user whose token this is. A wrong or rotated
 * token is `not_found`, indistinguishable from an address that never existed. In server mode the route first
 * finds the user with `findCalendarUser(store, token)` and passes that user's deps.
 *
 * @example
 * const userId = await findCalendarUser(store, params.token);
 * if (userId === null) return reply.code(404).send();
 * reply.type('text/calendar; charset=utf-8').send(await icalFeed(depsFor(userId), params.token, { appUrl }));
 */
export async function icalFeed(deps: AppDeps, token: string, options: IcalOptions): Promise<string> {
  await assertCalendarToken(deps, token);
  return icalCalendar(deps, options);
}
