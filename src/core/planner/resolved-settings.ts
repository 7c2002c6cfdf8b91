import { invalid } from '../app-error';
import { parseTimeRange, type MinuteRange } from '../calendar/time-of-day';
import { ZoneClock } from '../calendar/zone-clock';
import { assertKnownRegion } from '../calendar/public-holidays';
import type { PlaybookName, PlaybookParams, Settings } from '../model';
import type { BusinessCalendar } from '../calendar/business-calendar';
import { resolvePlaybook } from './playbooks';
import { Scheduler } from './scheduler';

/** Settings parsed and checked once, then shared by every plan made with the same settings object. */
export interface ResolvedSettings {
  settings: Settings;
  send: MinuteRange;
  business: MinuteRange;
  quiet: MinuteRange | null;
  userClock: ZoneClock;
  params(playbook: PlaybookName): PlaybookParams;
  /** One scheduler per recipient calendar, shared by every application planned with these settings. */
  scheduler(calendar: BusinessCalendar): Scheduler;
}

const resolved = new WeakMap<Settings, ResolvedSettings>();
let last: ResolvedSettings | null = null;

/**
 * Parses and validates settings, naming the bad field. Memoised per settings object, because the planner
 * runs once per application with the same settings.
 *
 * @example
 * resolveSettings(DEFAULT_SETTINGS).send; // { start: 540, end: 690 }
 */
export function resolveSettings(settings: Settings): ResolvedSettings {
  // A run plans every application with one settings object: the last one answers before the WeakMap.
  if (last?.settings === settings) return last;
  const known = resolved.get(settings);
  if (known) return (last = known);
  const send = parseTimeRange(settings.sendWindow, 'sendWindow');
  const business = parseTimeRange(settings.businessHours, 'businessHours');
  if (send.start < business.start || send.end > business.end) {
    throw invalid('sendWindow', 'must lie within businessHours, so that every send lands in working hours');
  }
  const quiet = settings.quietHours ? parseTimeRange(settings.quietHours, 'quietHours', true) : null;
  if (settings.country !== null) assertKnownRegion(settings.country, settings.region);
  const byPlaybook = new Map<PlaybookName, PlaybookParams>();
  const schedulers = new Map<BusinessCalendar, Scheduler>();
  const userClock = ZoneClock.for(settings.timezone);
  const result: ResolvedSettings = {
    settings,
    send,
    business,
    quiet,
    userClock,
    params(playbook) {
      let params = byPlaybook.get(playbook);
      if (!params) {
        params = resolvePlaybook(playbook, settings.playbookOverrides[playbook]);
        byPlaybook.set(playbook, params);
      }
      return params;
    },
    scheduler(calendar) {
      let scheduler = schedulers.get(calendar);
      if (!scheduler) {
        scheduler = new Scheduler(calendar, userClock, quiet);
        schedulers.set(calendar, scheduler);
      }
      return scheduler;
    },
  };
  resolved.set(settings, result);
  return (last = result);
}
