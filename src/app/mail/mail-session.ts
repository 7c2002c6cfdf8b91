import type { Inbox } from '../../ports/inbox';
import type { Mailer } from '../../ports/mailer';
import type { MailKit } from '../../ports/mail-kit';
import type { MailAccount } from '../../ports/mail-records';
import type { AppDeps } from '../deps';
import { openMailAccount, sentCopyOf } from './mail-account';

/** One user's account with its servers, connected on first use and kept open across passes. */
export interface MailSession {
  account: MailAccount;
  sentCopy: 'append' | 'provider';
  mailer(): Mailer;
  inbox(): Inbox;
  parse: MailKit['parse'];
  close(): Promise<void>;
}

/** Opens the saved account (unsealing its password) and prepares its connections. */
export async function openMailSession(deps: Pick<AppDeps, 'db'>, kit: MailKit): Promise<MailSession> {
  const { account, password } = await openMailAccount(deps, kit);
  let mailer: Mailer | null = null;
  let inbox: Inbox | null = null;
  return {
    account,
    sentCopy: sentCopyOf(account),
    mailer: () => (mailer ??= kit.mailer(account.smtp, password)),
    inbox: () => (inbox ??= kit.inbox(account.imap, password, { sentFolder: account.sentFolder })),
    parse: kit.parse,
    async close() {
      await Promise.all([mailer?.close(), inbox?.close()]);
      mailer = null;
      inbox = null;
    },
  };
}
