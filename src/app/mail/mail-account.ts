import { z } from 'zod';
import { AppError, isAppError } from '../../core/app-error';
import { providerFor, smtpSavesSent } from '../../core/mail/mail-providers';
import type { MailAccount, SentCopy, StoredMailAccount } from '../../ports/mail-records';
import type { MailKit, ServerSettings } from '../../ports/mail-kit';
import type { AppDeps } from '../deps';
import { nowIso } from '../deps';
import { email, shortText } from '../schemas';
import { validate } from '../validate';

const LOOPBACK = /^(?:localhost|127(?:\.\d{1,3}){3}|::1|\[::1\])$/i;

const server = z.object({
  host: shortText(255).nullish(),
  port: z.coerce.number().int().min(1).max(65_535).nullish(),
  security: z.enum(['tls', 'starttls', 'plain']).nullish(),
  user: shortText(320).nullish(),
});

export const MailSetupInput = z.object({
  address: email,
  name: z.string().trim().max(200).default(''),
  password: z.string().min(1, 'must not be empty').max(1000),
  imap: server.default({}),
  smtp: server.default({}),
  sentFolder: shortText(200).nullish(),
  sentCopy: z.enum(['auto', 'append', 'provider']).default('auto'),
  dailyCap: z.coerce.number().int().min(1).max(500).default(25),
  companyGapMinutes: z.coerce.number().int().min(0).max(10_080).default(120),
  folders: z.array(shortText(200)).min(1).max(20).default(['INBOX']),
});
export type MailSetupInput = z.input<typeof MailSetupInput>;

/** The outcome of testing one server: fine, or what failed in words the user can act on. */
export type ServerCheck = { ok: true; detail: string } | { ok: false; code: string; message: string };

export interface MailSetupResult {
  saved: boolean;
  account: MailAccount;
  smtp: ServerCheck;
  imap: ServerCheck;
  /** Where to make an app password, for a known provider. */
  help: string | null;
}

/** The context a password is sealed under: the user, so a sealed value copied to another user fails. */
export const passwordContext = (userId: string) => `mail-account:${userId}`;

function serverFrom(input: z.infer<typeof server>, fallback: { host: string; port: number; security: 'tls' | 'starttls' } | undefined, address: string, field: string): ServerSettings {
  const host = input.host ?? fallback?.host;
  if (!host) throw new AppError('validation', `${field}.host: is required for ${address.split('@')[1] ?? address}; hearback knows the servers of Gmail, Outlook, Yahoo, iCloud and Fastmail only`, { field: `${field}.host` });
  const security = input.security ?? fallback?.security ?? 'tls';
  if (security === 'plain' && !LOOPBACK.test(host)) {
    throw new AppError('validation', `${field}.security: "plain" would send the password unencrypted; it is allowed only for a server on this machine`, { field: `${field}.security` });
  }
  const port = input.port ?? fallback?.port ?? (field === 'smtp' ? (security === 'tls' ? 465 : 587) : security === 'tls' ? 993 : 143);
  return { host, port, security, user: input.user ?? address };
}

/** The account an input describes, with a known provider's servers filling what the input leaves out. */
export function accountFrom(input: z.infer<typeof MailSetupInput>, now: string): MailAccount {
  const provider = providerFor(input.address);
  return {
    address: input.address,
    name: input.name,
    smtp: serverFrom(input.smtp, provider?.smtp, input.address, 'smtp'),
    imap: serverFrom(input.imap, provider?.imap, input.address, 'imap'),
    sentFolder: input.sentFolder ?? null,
    sentCopy: input.sentCopy,
    dailyCap: input.dailyCap,
    companyGapMinutes: input.companyGapMinutes,
    folders: input.folders,
    updatedAt: now,
  };
}

/** Whether hearback saves sent mail to Sent itself: `append` unless the provider is known to do it. */
export function sentCopyOf(account: MailAccount): Exclude<SentCopy, 'auto'> {
  if (account.sentCopy !== 'auto') return account.sentCopy;
  return smtpSavesSent(account.smtp.host) ? 'provider' : 'append';
}

function failed(error: unknown): ServerCheck {
  if (isAppError(error)) return { ok: false, code: error.code, message: error.message };
  return { ok: false, code: 'internal', message: error instanceof Error ? error.message : String(error) };
}

/** Logs in to both servers without sending anything; each outcome is a value, never a throw. */
export async function testMailServers(kit: MailKit, account: MailAccount, password: string): Promise<{ smtp: ServerCheck; imap: ServerCheck }> {
  const mailer = kit.mailer(account.smtp, password);
  const inbox = kit.inbox(account.imap, password, { sentFolder: account.sentFolder });
  const [smtp, imap] = await Promise.all([
    mailer.verify().then((): ServerCheck => ({ ok: true, detail: `logged in to ${account.smtp.host}:${account.smtp.port}` }), failed),
    inbox.verify().then(
      (found): ServerCheck =>
        found.sentFolder
          ? { ok: true, detail: `logged in to ${account.imap.host}:${account.imap.port}; Sent folder "${found.sentFolder}"; ${found.idle ? 'IDLE' : 'polling'}` }
          : { ok: false, code: 'mail_unverifiable', message: 'IMAP: logged in, but found no Sent folder; name it in the Sent folder setting (--sent-folder)' },
      failed,
    ),
  ]);
  await Promise.all([mailer.close(), inbox.close()]);
  return { smtp, imap };
}

/**
 * `hearback mail setup`: checks both servers and, when both work (or `test` is false), saves the account
 * with its password sealed. A failed check is a value that says what failed, and nothing is saved.
 */
export async function setupMailAccount(deps: AppDeps, kit: MailKit, raw: unknown, options: { test?: boolean } = {}): Promise<MailSetupResult> {
  const input = validate(MailSetupInput, raw);
  const account = accountFrom(input, nowIso(deps));
  const help = providerFor(input.address)?.appPasswordHelp ?? null;
  const checks = options.test === false ? { smtp: { ok: true, detail: 'not tested' } as const, imap: { ok: true, detail: 'not tested' } as const } : await testMailServers(kit, account, input.password);
  if (!checks.smtp.ok || !checks.imap.ok) return { saved: false, account, ...checks, help };
  const sealedPassword = await kit.secrets.seal(input.password, passwordContext(deps.db.userId));
  await deps.db.putMailAccount({ account, sealedPassword });
  return { saved: true, account, ...checks, help };
}

/** The saved account, or a not_found error that says how to add one. */
export async function requireMailAccount(deps: Pick<AppDeps, 'db'>): Promise<StoredMailAccount> {
  const stored = await deps.db.getMailAccount();
  if (!stored) throw new AppError('not_found', 'no mail account yet: add one in Settings, or run `hearback mail setup --address you@example.com`', { field: 'account' });
  return stored;
}

/** The saved account with its password opened. */
export async function openMailAccount(deps: Pick<AppDeps, 'db'>, kit: MailKit): Promise<{ account: MailAccount; password: string }> {
  const stored = await requireMailAccount(deps);
  return { account: stored.account, password: await kit.secrets.open(stored.sealedPassword, passwordContext(deps.db.userId)) };
}
