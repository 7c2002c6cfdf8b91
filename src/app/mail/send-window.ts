import type { CalendarSpec } from '../../core/calendar/business-calendar';
import { sendTimeFor } from '../../core/mail/send-time';
import type { Application, Settings } from '../../core/model';
import type { OutboxItem } from '../../ports/mail-records';
import type { AppDeps } from '../deps';
import { loadSettings } from '../settings';

/** The recipient's calendar: the application's zone and country, else the user's. */
export function recipientPlace(application: Pick<Application, 'timezone' | 'country' | 'region'> | null, settings: Pick<Settings, 'timezone' | 'country' | 'region'>): CalendarSpec {
  return {
    zone: application?.timezone ?? settings.timezone,
    country: application?.country ?? settings.country,
    region: application?.country ? application.region : settings.region,
  };
}

/**
 * When a queued message held back until `atMs` (a daily cap, a gap between messages to one company, a retry
 * after a temporary failure) may go out: the same rule as at approval, so it never lands on the recipient's
 * weekend or at night in their zone.
 */
export async function sendTimeAfter(deps: AppDeps, item: Pick<OutboxItem, 'applicationId' | 'action'>, atMs: number): Promise<string> {
  const [application, settings] = await Promise.all([deps.db.getApplication(item.applicationId), loadSettings(deps)]);
  return new Date(sendTimeFor(atMs, item.action.due, recipientPlace(application, settings), settings.sendWindow, item.action.expiresAt)).toISOString();
}
