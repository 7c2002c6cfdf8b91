import { providerFor } from '../../core/mail/mail-providers';
import type { MailAccount } from '../../ports/mail-records';
import type { AppDeps } from '../deps';
import { sentCopyOf } from './mail-account';

/** The saved account as the page shows it. The password is never part of it, sealed or not. */
export interface MailAccountView {
  account: MailAccount | null;
  /** Who saves sent mail to Sent: the provider, or hearback over IMAP. */
  sentCopy: 'append' | 'provider' | null;
  /** The provider hearback recognises from the address, and where to make its app password. */
  provider: { name: string; appPasswordHelp: string | null } | null;
}

/** The user's mail account, or `account: null` before one is set up. */
export async function viewMailAccount(deps: Pick<AppDeps, 'db'>): Promise<MailAccountView> {
  const stored = await deps.db.getMailAccount();
  if (!stored) return { account: null, sentCopy: null, provider: null };
  const provider = providerFor(stored.account.address);
  return {
    account: stored.account,
    sentCopy: sentCopyOf(stored.account),
    provider: provider ? { name: provider.name, appPasswordHelp: provider.appPasswordHelp } : null,
  };
}
