import type { AppDeps } from '../deps';
import { nowIso } from '../deps';
import { requireMailAccount } from './mail-account';

export interface RemovedMailAccount {
  /** The address that was removed. */
  address: string;
  /** Queued messages that were cancelled because nothing can send them any more. */
  cancelled: number;
}

/** Why a queued message was cancelled when its account went away; approving it again revives it. */
export const ACCOUNT_REMOVED = 'the mail account was removed; approve it again once an account is set up';

/**
 * Removes the mail account and its sealed password. Messages still queued are cancelled with a reason in
 * the same transaction, so none waits for a sender that will never come, and none goes out from an account
 * the user removed if they add another later without meaning to resend; approving one again revives it.
 * What may already have gone out (`sending`, `needs_decision`) and what is settled (`sent`, `failed`,
 * `cancelled`) stays as the record of what happened, and the user can still settle a row that waits for
 * a decision. Workers must be stopped before, so that no row is being sent while this runs.
 */
export async function removeMailAccount(deps: AppDeps): Promise<RemovedMailAccount> {
  return deps.db.transaction(async (db) => {
    const { account } = await requireMailAccount({ db });
    const now = nowIso(deps);
    const queued = await db.listOutbox({ states: ['queued'] });
    let cancelled = 0;
    for (const item of queued) {
      if (await db.updateOutbox(item.actionId, { state: 'cancelled', reason: ACCOUNT_REMOVED, phase: null, leaseOwner: null, leaseUntil: null, updatedAt: now }, { states: ['queued'] })) cancelled += 1;
    }
    await db.deleteMailAccount();
    return { address: account.address, cancelled };
  });
}
