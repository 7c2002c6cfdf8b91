import type { MailKit } from '../../ports/mail-kit';
import type { AppDeps } from '../deps';
import { checkInbox, type InboxPass } from './check-inbox';
import { openMailSession } from './mail-session';

/** One inbox pass on connections of its own, closed afterwards: `hearback mail check` without a watcher. */
export async function checkInboxOnce(deps: AppDeps, kit: MailKit): Promise<InboxPass> {
  const session = await openMailSession(deps, kit);
  try {
    return await checkInbox(deps, session);
  } finally {
    await session.close();
  }
}
