import { hostname } from 'node:os';
import { openMailSession, type MailSession } from '../../app/mail/mail-session';
import type { AppDeps } from '../../app/deps';
import { AppError } from '../../core/app-error';
import type { MailKit } from '../../ports/mail-kit';
import type { CommandContext } from '../command-context';

/** The mail drivers, loaded on demand by the composition root; mail commands need no store for this. */
export function mailKitOf(ctx: CommandContext): Promise<MailKit> {
  if (!ctx.io.mail) return Promise.reject(new AppError('internal', 'this build of hearback has no mail drivers'));
  return ctx.io.mail({ ...(ctx.global.home ? { home: ctx.global.home } : {}), ...(ctx.global.db ? { db: ctx.global.db } : {}), ...(ctx.global.now ? { now: ctx.global.now } : {}) });
}

/** The store, the mail drivers and the user's open account, for the commands that send or read mail. */
export async function mailSessionOf(ctx: CommandContext): Promise<{ deps: AppDeps; kit: MailKit; session: MailSession }> {
  const [{ deps }, kit] = await Promise.all([ctx.runtime(), mailKitOf(ctx)]);
  return { deps, kit, session: await openMailSession(deps, kit) };
}

/** A positive number from the environment, or the default. */
export function envMs(env: NodeJS.ProcessEnv, name: string, fallback: number): number {
  const value = Number(env[name]);
  return Number.isFinite(value) && value > 0 ? value : fallback;
}

/** Who holds an outbox lease: unique per process, readable in `mail status`. */
export function workerName(deps: AppDeps): string {
  return `${hostname()}:${process.pid}:${deps.ids.next('mail')}`;
}

/** An ISO instant as a short local reading: `2026-11-24 09:00 UTC`. */
export function shortTime(iso: string | null): string {
  if (!iso) return '—';
  return `${new Date(iso).toISOString().slice(0, 16).replace('T', ' ')} UTC`;
}

/** Resolves when the process is asked to stop; the signal handlers go when it does. */
export function stopSignal(): AbortController {
  const controller = new AbortController();
  const stop = () => {
    process.off('SIGINT', stop);
    process.off('SIGTERM', stop);
    controller.abort();
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
  controller.signal.addEventListener('abort', stop, { once: true });
  return controller;
}
