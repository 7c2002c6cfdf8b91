import { DateTime } from 'luxon';
import { z } from 'zod';
import type { AppDeps } from '../deps';
import { validate } from '../validate';

/** Meta keys: the user's choice, and the last calendar day (in their zone) a digest went out. */
const PREFERENCES_KEY = 'digest.preferences';
const SENT_DAY_KEY = 'digest.sentDay';

const TIME = /^([01]\d|2[0-3]):([0-5]\d)$/;

/**
 * Whether hearback e-mails the user the morning digest of their actions, at what time of their day, and to
 * which address (the mail account's own when null).
 */
export const DigestPreferencesInput = z.strictObject({
  enabled: z.boolean(),
  time: z.string().regex(TIME, 'must be a time of day as HH:MM, for example 08:00'),
  to: z.email('must be an email address').nullable().optional(),
});
export type DigestPreferences = { enabled: boolean; time: string; to: string | null };

export const DEFAULT_DIGEST: DigestPreferences = { enabled: false, time: '08:00', to: null };

/** What the Settings panel and `hearback digest --show` read: the choice and the last day it was sent. */
export interface DigestState extends DigestPreferences {
  lastSentDay: string | null;
}

export async function getDigestState(deps: Pick<AppDeps, 'db'>): Promise<DigestState> {
  const [stored, lastSentDay] = await Promise.all([deps.db.getMeta(PREFERENCES_KEY), deps.db.getMeta(SENT_DAY_KEY)]);
  // An empty value is a day given back after a failed send.
  return { ...readPreferences(stored), lastSentDay: lastSentDay || null };
}

/** Saves the choice; fields left out keep their value. */
export async function setDigestPreferences(deps: Pick<AppDeps, 'db'>, input: unknown): Promise<DigestState> {
  const current = readPreferences(await deps.db.getMeta(PREFERENCES_KEY));
  const given = validate(DigestPreferencesInput.partial(), input);
  const next: DigestPreferences = {
    enabled: given.enabled ?? current.enabled,
    time: given.time ?? current.time,
    to: given.to === undefined ? current.to : given.to,
  };
  await deps.db.putMeta(PREFERENCES_KEY, JSON.stringify(next));
  return getDigestState(deps);
}

/** A stored value from an older or hand-edited store never breaks the server: it reads as the default. */
function readPreferences(stored: string | null): DigestPreferences {
  if (stored === null) return DEFAULT_DIGEST;
  try {
    const parsed = DigestPreferencesInput.safeParse(JSON.parse(stored));
    return parsed.success ? { ...parsed.data, to: parsed.data.to ?? null } : DEFAULT_DIGEST;
  } catch {
    return DEFAULT_DIGEST;
  }
}

export async function recordDigestDay(deps: Pick<AppDeps, 'db'>, day: string | null): Promise<void> {
  await deps.db.putMeta(SENT_DAY_KEY, day ?? '');
}

export type DigestDue = { due: true; day: string } | { due: false; reason: 'off' | 'not_yet' | 'already_sent' };

/**
 * Whether the morning digest is due now: it is on, the user's clock has passed its time today, and today's
 * has not gone out. A server that was off in the morning sends it when it starts, later that day; a day it
 * was off entirely is not made up for.
 *
 * @example
 * digestDue({ enabled: true, time: '08:00', to: null }, '2026-11-22', '2026-11-23T13:30:00Z', 'Europe/Berlin') // { due: true, day: '2026-11-23' }
 */
export function digestDue(prefs: DigestPreferences, lastSentDay: string | null, now: string, zone: string): DigestDue {
  if (!prefs.enabled) return { due: false, reason: 'off' };
  const local = DateTime.fromISO(now, { zone });
  const day = local.toISODate() ?? now.slice(0, 10);
  if (day === lastSentDay) return { due: false, reason: 'already_sent' };
  return local.toFormat('HH:mm') >= prefs.time ? { due: true, day } : { due: false, reason: 'not_yet' };
}
