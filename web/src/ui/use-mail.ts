import { useEffect, useMemo } from 'preact/hooks';
import { api } from '../api/client';
import type { MailStatus, OutboxRow } from '../api/types';
import { usePlanChanged } from './plan-changes';
import { useResource } from './use-resource';

/** What Today needs to know about mail: whether there is an account, and each action's outbox row. */
export interface TodayMail {
  configured: boolean;
  rows: readonly OutboxRow[];
  byAction: ReadonlyMap<string, OutboxRow>;
  reload(): Promise<void>;
}

/**
 * The mail account's presence and the outbox, reloaded when the server says something changed (the sender
 * sent or cancelled a message). A failure to load leaves the mail buttons out rather than breaking Today.
 */
export function useTodayMail(): TodayMail {
  const loaded = useResource(() => Promise.all([api<MailStatus>('GET', '/api/mail/status'), api<{ items: OutboxRow[] }>('GET', '/api/outbox')]), []);
  usePlanChanged(() => void loaded.reload());
  const [status, outbox] = loaded.data ?? [null, null];
  const rows = outbox?.items ?? [];
  return useMemo(() => ({ configured: status?.account != null, rows, byAction: new Map(rows.map((r) => [r.actionId, r])), reload: loaded.reload }), [status, outbox]);
}

/**
 * How many mail items wait for the user (review items, messages needing a decision, failed sends), for the
 * navigation's badge. Zero while unknown.
 */
export function useMailAttention(): number {
  const status = useResource(() => api<MailStatus>('GET', '/api/mail/status'), []);
  usePlanChanged(() => void status.reload());
  // The page's own changes (an accepted review item) send no event back to it; a navigation catches up.
  useEffect(() => {
    const reload = (): void => void status.reload();
    window.addEventListener('hashchange', reload);
    return () => window.removeEventListener('hashchange', reload);
  }, []);
  const data = status.data;
  return data ? data.review + data.outbox.needs_decision + data.outbox.failed : 0;
}
