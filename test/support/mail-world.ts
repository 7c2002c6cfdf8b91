import type { AddApplicationInput } from '../../src/app/add-application';
import { addApplication } from '../../src/app/add-application';
import { setupMailAccount, type MailSetupInput } from '../../src/app/mail/mail-account';
import { openMailSession, type MailSession } from '../../src/app/mail/mail-session';
import type { Action, Application } from '../../src/core/model';
import type { MailKit } from '../../src/ports/mail-kit';
import { tempRuntime, type TempRuntime } from './temp-runtime';

export interface MailWorld {
  rt: TempRuntime;
  kit: MailKit;
  session: MailSession;
  app: Application;
  /** The first follow-up of `app`, as planned. */
  followUp: Action;
  /** Adds another application at a company, with Dana-like contact, and returns its first follow-up. */
  addApplied(company: string, email: string): Promise<{ app: Application; followUp: Action }>;
  cleanup(): Promise<void>;
}

const APPLIED = '2026-11-16T15:00:00Z';

/**
 * A user with a mail account and an application whose first follow-up is due, the clock set inside its
 * due window. The account points at `servers` (fake or real).
 */
export async function mailWorld(kit: MailKit, account: Partial<MailSetupInput> = {}): Promise<MailWorld> {
  const rt = await tempRuntime(APPLIED);
  await rt.deps.db.putProfile({ name: 'Alex Doe', signature: 'Best regards,\nAlex Doe', headline: 'Backend engineer', strengths: ['PostgreSQL', 'Kafka', 'Go'], recentAchievement: null, links: [] });
  await setupMailAccount(rt.deps, kit, { address: 'alex@me.example', name: 'Alex Doe', password: 'app-password', imap: { host: '127.0.0.1', port: 1143, security: 'plain' }, smtp: { host: '127.0.0.1', port: 1025, security: 'plain' }, companyGapMinutes: 0, ...account }, { test: false });
  const addApplied = async (company: string, email: string) => {
    const input: AddApplicationInput = { company, role: 'Senior Backend Engineer', appliedAt: APPLIED, timezone: 'America/New_York', country: 'US', contacts: [{ name: 'Dana Smith', email, role: 'hiring_manager' }] };
    const added = await addApplication(rt.deps, input);
    const followUp = added.plan.actions.find((a) => a.kind === 'follow_up' && a.channel === 'email');
    if (!followUp) throw new Error(`no email follow-up planned for ${company}`);
    return { app: added.application, followUp };
  };
  const first = await addApplied('Acme', 'dana@acme.io');
  rt.clock.set(new Date(Date.parse(first.followUp.due.start) + 60_000).toISOString());
  const session = await openMailSession(rt.deps, kit);
  return {
    rt,
    kit,
    session,
    app: first.app,
    followUp: first.followUp,
    addApplied,
    async cleanup() {
      await session.close();
      await rt.cleanup();
    },
  };
}
