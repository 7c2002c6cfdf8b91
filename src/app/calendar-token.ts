import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { AppError } from '../core/app-error';
import type { Store } from '../ports/store';
import { nowIso, type AppDeps } from './deps';

/** 32 random bytes, base64url: 256 bits, 43 characters, safe in a URL path. */
const TOKEN_BYTES = 32;
const TOKEN_SHAPE = /^[A-Za-z0-9_-]{43}$/;

/** The SHA-256 of a token, hex: what the store looks tokens up by. */
export function tokenHash(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}

function newToken(): string {
  return randomBytes(TOKEN_BYTES).toString('base64url');
}

/**
 * The user's calendar feed token, made on first use. With `rotate`, a new one replaces it: the old feed
 * address stops working at once, for when a URL was shared by mistake.
 */
export async function calendarToken(
  deps: Pick<AppDeps, 'db' | 'clock'>,
  options: { rotate?: boolean } = {},
): Promise<string> {
  if (!options.rotate) {
    const existing = await deps.db.getCalendarToken();
    if (existing !== null) return existing;
  }
  const token = newToken();
  await deps.db.putCalendarToken(token, tokenHash(token), nowIso(deps));
  return token;
}

/** The subscription address: `${appUrl}/ical/<token>.ics`. */
export function calendarFeedUrl(appUrl: string, token: string): string {
  return `${appUrl.replace(/\/+$/, '')}/ical/${token}.ics`;
}

/**
 * The user a feed token belongs to, or `null`, for the HTTP route, which knows only the token. A value that
 * cannot be a token is `null` without a query; `.ics` at the end is accepted, as the route's path has it.
 */
export async function findCalendarUser(
  store: Pick<Store, 'findUserByCalendarToken'>,
  token: string,
): Promise<string | null> {
  const bare = token.endsWith('.ics') ? token.slice(0, -4) : token;
  if (!TOKEN_SHAPE.test(bare)) return null;
  return store.findUserByCalendarToken(tokenHash(bare));
}

/**
 * Checks that `token` is this user's current token, comparing hashes in constant time, and throws
 * `not_found` otherwise: a wrong or rotated address looks exactly like one that never existed.
 */
export async function assertCalendarToken(deps: Pick<AppDeps, 'db'>, token: string): Promise<void> {
  const bare = token.endsWith('.ics') ? token.slice(0, -4) : token;
  const stored = await deps.db.getCalendarToken();
  const matches =
    stored !== null &&
    TOKEN_SHAPE.test(bare) &&
    timingSafeEqual(Buffer.from(tokenHash(stored), 'hex'), Buffer.from(tokenHash(bare), 'hex'));
  if (!matches) throw new AppError('not_found', 'no calendar feed at this address', { field: 'token' });
}
