import { DateTime } from 'luxon';
import { actionSummary } from '../core/ics';
import type { Action } from '../core/model';
import type { AppDeps } from './deps';
import { loadSettings } from './settings';
import { today, type AgendaItem } from './today';
import { actionLink } from '../core/links';

export interface DigestOptions {
  /** The web app's base URL; each item links to its action there, in its application's plan. */
  appUrl: string;
  /** How many days ahead to list after today's actions; 3 by default. */
  days?: number;
}

/** The morning e-mail, as text: the same clock and store always give the same digest. */
export interface Digest {
  subject: string;
  text: string;
  /** The instant it was composed, ISO 8601: the message's Date. */
  date: string;
  /** The user's calendar date it is for, `YYYY-MM-DD` in their zone. */
  day: string;
  /** Actions for today: open now (overdue included) or opening before the user's midnight. */
  dueCount: number;
  /** Actions opening in the following days. */
  upcomingCount: number;
}

const LOCALE = 'en-GB';

function local(iso: string, zone: string): DateTime {
  return DateTime.fromISO(iso, { setZone: true }).setZone(zone).setLocale(LOCALE);
}

/**
 * When an action is due, in the user's zone, and in the recipient's when theirs differs: the user reads
 * the digest, and the recipient's time explains why the window is where it is.
 */
function when(action: Action, userZone: string, recipientZone: string | null, nowMs: number): string {
  const start = local(action.due.start, userZone);
  const end = local(action.due.end, userZone);
  const day = start.toFormat('ccc d LLL');
  let text = `${day}, ${start.toFormat('HH:mm')}–${end.toFormat('HH:mm')}`;
  if (recipientZone !== null && recipientZone !== userZone) {
    const theirs = local(action.due.start, recipientZone);
    if (theirs.offset !== start.offset) text += ` (${theirs.toFormat('HH:mm')} their time, ${recipientZone})`;
  }
  return Date.parse(action.due.end) < nowMs ? `overdue since ${text}` : text;
}

function itemText(
  item: AgendaItem,
  n: number,
  lines: { zone: string; appUrl: string; nowMs: number; zones: Map<string, string | null> },
): string {
  const { action, application } = item;
  const label = `${application.company} — ${application.role}`;
  return [
    `${n}. ${actionSummary(action, label)}`,
    `   When: ${when(action, lines.zone, lines.zones.get(application.id) ?? null, lines.nowMs)}`,
    `   Why: ${action.reason}`,
    `   Open: ${actionLink(lines.appUrl, action)}`,
  ].join('\n');
}

/**
 * Composes the morning digest: what is for today (open now, overdue, or opening before the user's midnight),
 * then what opens in the next days, each with what to do, when, why, and a link to it in the web app. Plain
 * text, so every mail client shows it as written. A digest with nothing due says so; whoever sends it
 * decides whether to (see docs/import-export.md).
 */
export async function composeDigest(deps: AppDeps, options: DigestOptions): Promise<Digest> {
  const days = options.days ?? 3;
  const [agenda, settings, profile] = await Promise.all([
    today(deps, { days }),
    loadSettings(deps),
    deps.db.getProfile(),
  ]);
  const zone = settings.timezone;
  const nowMs = Date.parse(agenda.now);
  const dayOf = local(agenda.now, zone);
  const ids = [...new Set([...agenda.due, ...agenda.upcoming].map((i) => i.application.id))];
  const apps = ids.length > 0 ? await deps.db.listApplications({ ids }) : [];
  const ctx = {
    zone,
    appUrl: options.appUrl.replace(/\/+$/, ''),
    nowMs,
    zones: new Map(apps.map((a) => [a.id, a.timezone])),
  };

  // "Today" is the user's calendar day: what is open now, overdue included, and what opens before midnight.
  const midnight = dayOf.endOf('day').toMillis();
  const todays = [
    ...agenda.due,
    ...agenda.upcoming.filter((i) => Date.parse(i.action.due.start) <= midnight),
  ];
  const later = agenda.upcoming.filter((i) => Date.parse(i.action.due.start) > midnight);

  const name = profile?.name.trim().split(/\s+/)[0];
  const parts = [`Good morning${name ? `, ${name}` : ''}.`];
  const count = todays.length;
  if (count === 0) parts.push('Nothing is due today.');
  else {
    parts.push(`Today (${count})`);
    todays.forEach((item, i) => parts.push(itemText(item, i + 1, ctx)));
  }
  if (later.length > 0) {
    parts.push(`Coming up in the next ${days} day${days === 1 ? '' : 's'} (${later.length})`);
    later.forEach((item, i) => parts.push(itemText(item, count + i + 1, ctx)));
  }
  parts.push(`Everything, with drafts: ${ctx.appUrl}/\n-- \nhearback: follow up until you hear back.`);

  const things = count === 0 ? 'nothing due today' : `${count} thing${count === 1 ? '' : 's'} to do today`;
  return {
    subject: `hearback: ${things} (${dayOf.toFormat('ccc d LLL')})`,
    text: `${parts.join('\n\n')}\n`,
    date: agenda.now,
    day: dayOf.toISODate() ?? agenda.now.slice(0, 10),
    dueCount: count,
    upcomingCount: later.length,
  };
}
