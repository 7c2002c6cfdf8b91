import ical, { ICalCalendarMethod } from 'ical-generator';
import { DateTime, IANAZone } from 'luxon';
import { dayFromParts } from '../calendar/civil-date';
import { ZoneClock } from '../calendar/zone-clock';
import { invalid } from '../app-error';
import { actionLink } from '../links';
import type { Action } from '../model';
import { actionDescription, actionSummary } from './action-text';
import { vtimezone } from './vtimezone';

/** One due action to publish. */
export interface IcsAction {
  action: Action;
  /** How the application reads in a title: "Acme — Senior Engineer". */
  applicationLabel: string;
  /** The SEQUENCE the app layer keeps for this action; see `nextSequence`. */
  sequence: number;
  /** The recipient's IANA zone: the event is written in it, so the calendar shows their working hours. */
  timezone: string;
}

export interface BuildIcsInput {
  /** The calendar's name in the subscriber's app: "hearback — Alex". */
  calendarName: string;
  actions: readonly IcsAction[];
  /** The web app's base URL; each event links to its action there, in its application's plan. */
  appUrl: string;
  /** DTSTAMP of every event, ISO 8601. Core has no clock, so the caller passes it. */
  now: string;
  /** How often subscribers should refresh, in minutes. An hour by default. */
  refreshMinutes?: number;
}

function instant(value: string, field: string): DateTime {
  const parsed = DateTime.fromISO(value, { setZone: true });
  if (!parsed.isValid) throw invalid(field, `is not an ISO 8601 instant: "${value}"`);
  return parsed;
}

/**
 * The iCalendar feed of a user's due actions, written with ical-generator. One VEVENT per action, in order
 * of due time then id so two builds of the same plan give the same text:
 * - UID `<action id>@hearback`, stable because action ids are stable across planning;
 * - DTSTART and DTEND in the recipient's zone, with a TZID and a VTIMEZONE the feed carries itself, so the
 *   window stays at 09:00 their time across a DST change and every client, not only those that know IANA
 *   names, computes the same instants;
 * - SUMMARY ("Follow up with Acme — Senior Engineer"), DESCRIPTION (reason, contact, sources, link), URL;
 * - SEQUENCE from the input, DTSTAMP = `now`.
 * Throws a validation error for an unknown zone or an unreadable instant: those are the caller's bugs.
 *
 * @example
 * buildIcs({ calendarName: 'hearback', actions: [{ action, applicationLabel: 'Acme — Senior Engineer', sequence: 0, timezone: 'America/New_York' }], appUrl: 'https://hearback.example', now: '2026-03-01T12:00:00Z' })
 * // 'BEGIN:VCALENDAR\r\nVERSION:2.0\r\n...BEGIN:VEVENT\r\nUID:a1@hearback\r\nSEQUENCE:0\r\n...'
 */
/**
 * Whether the wall-clock time of `dt` names one instant only. RFC 5545 says a repeated time means its first
 * occurrence, but parsers differ (ical.js takes the second), so a time in the hour a fall-back repeats is
 * written in UTC instead, which every client reads alike.
 */
function unambiguous(dt: DateTime, zone: string): boolean {
  return !ZoneClock.for(zone).isRepeated(dayFromParts(dt.year, dt.month, dt.day), dt.hour * 60 + dt.minute);
}

export function buildIcs(input: BuildIcsInput): string {
  const stamp = instant(input.now, 'now');
  const base = input.appUrl.replace(/\/+$/, '');
  const items = input.actions.map((item, i) => {
    if (!IANAZone.isValidZone(item.timezone))
      throw invalid(`actions[${i}].timezone`, `is not an IANA time zone: "${item.timezone}"`);
    if (!Number.isInteger(item.sequence) || item.sequence < 0)
      throw invalid(`actions[${i}].sequence`, 'must be a whole number from 0');
    const start = instant(item.action.due.start, `actions[${i}].action.due.start`).setZone(item.timezone);
    const end = instant(item.action.due.end, `actions[${i}].action.due.end`).setZone(item.timezone);
    return { item, start, end };
  });
  items.sort(
    (a, b) => a.start.toMillis() - b.start.toMillis() || (a.item.action.id < b.item.action.id ? -1 : 1),
  );

  const years = items.flatMap(({ start, end }) => [start.year, end.year]);
  const fromYear = Math.min(...years) - 1;
  const toYear = Math.max(...years) + 1;
  const calendar = ical({
    name: input.calendarName,
    prodId: { company: 'hearback', product: 'hearback', language: 'EN' },
    method: ICalCalendarMethod.PUBLISH,
    ttl: (input.refreshMinutes ?? 60) * 60,
    // No calendar-wide zone: DTSTAMP stays in UTC, and each event names its own zone, whose VTIMEZONE the
    // generator writes once per distinct zone.
    timezone: { name: null, generator: (zone) => vtimezone(zone, fromYear, toYear) },
  });
  for (const { item, start, end } of items) {
    const link = actionLink(base, item.action);
    const local = unambiguous(start, item.timezone) && unambiguous(end, item.timezone);
    calendar.createEvent({
      id: `${item.action.id}@hearback`,
      sequence: item.sequence,
      stamp: stamp.toUTC(),
      start: local ? start : start.toUTC(),
      end: local ? end : end.toUTC(),
      timezone: local ? item.timezone : null,
      summary: actionSummary(item.action, item.applicationLabel),
      description: actionDescription(item.action, link),
      url: link,
    });
  }
  return calendar.toString();
}
