import { isAppError } from '../../core/app-error';
import { composeDigest, type Digest } from '../digest';
import { nowIso, type AppDeps } from '../deps';
import { loadSettings } from '../settings';
import { digestDue, getDigestState, recordDigestDay } from './digest-preferences';
import type { MailSession } from './mail-session';

export interface DigestSent {
  kind: 'sent';
  day: string;
  to: string;
  messageId: string;
  subject: string;
  due: number;
  upcoming: number;
}
export type DigestSendOutcome = DigestSent | { kind: 'skip'; reason: 'off' | 'not_yet' | 'already_sent' | 'nothing_due' };

export interface SendDigestOptions {
  /** The web app's base URL, for the links in the digest. */
  appUrl: string;
  /** Overrides the address in the preferences for this one send. */
  to?: string | null;
  days?: number;
}

/**
 * E-mails today's digest through the user's own account, to themselves, now: what `hearback digest --send`
 * and "Send one now" do. It records the day, so the morning schedule does not send it again that day.
 */
export async function sendDigestNow(deps: AppDeps, session: MailSession, options: SendDigestOptions): Promise<DigestSent> {
  const composed = await composeDigest(deps, { appUrl: options.appUrl, ...(options.days !== undefined ? { days: options.days } : {}) });
  return deliver(deps, session, composed, options.to);
}

/**
 * The morning schedule, called by the mail sender of `hearback serve` on each pass: sends today's digest
 * once the user's clock passes the chosen time, unless it went out already today or nothing is due (a
 * morning e-mail that says "nothing today" every day teaches people to ignore it).
 */
export async function sendDailyDigestIfDue(deps: AppDeps, session: MailSession, options: SendDigestOptions): Promise<DigestSendOutcome> {
  // This runs on every pass of the sender; with the digest off it costs one read.
  const state = await getDigestState(deps);
  if (!state.enabled) return { kind: 'skip', reason: 'off' };
  const settings = await loadSettings(deps);
  const when = digestDue(state, state.lastSentDay, nowIso(deps), settings.timezone);
  if (!when.due) return { kind: 'skip', reason: when.reason };
  const composed = await composeDigest(deps, { appUrl: options.appUrl });
  if (composed.dueCount === 0) {
    await recordDigestDay(deps, when.day);
    return { kind: 'skip', reason: 'nothing_due' };
  }
  return deliver(deps, session, composed, options.to);
}

async function deliver(deps: AppDeps, session: MailSession, composed: Digest, toOverride: string | null | undefined): Promise<DigestSent> {
  const state = await getDigestState(deps);
  const to = toOverride ?? state.to ?? session.account.address;
  // The day is recorded before the SMTP transaction: a crash mid-send costs that day's digest rather than
  // sending it twice. A failure that proves nothing went out gives the day back, so the next pass retries.
  await recordDigestDay(deps, composed.day);
  const domain = session.account.address.split('@')[1] ?? 'hearback.invalid';
  const messageId = `digest-${composed.day}.${deps.ids.next('mail')}@${domain}`;
  try {
    await session.mailer().send({
      from: { name: session.account.name || 'hearback', address: session.account.address },
      to: { name: '', address: to },
      subject: composed.subject,
      text: composed.text,
      messageId,
      inReplyTo: null,
      references: [],
      date: nowIso(deps),
    });
  } catch (error) {
    if (!(isAppError(error) && error.details?.['ambiguous'] === true)) await recordDigestDay(deps, state.lastSentDay);
    throw error;
  }
  return { kind: 'sent', day: composed.day, to, messageId, subject: composed.subject, due: composed.dueCount, upcoming: composed.upcomingCount };
}
