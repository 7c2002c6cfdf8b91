/** @jsxImportSource preact */
import { useState } from 'preact/hooks';
import { api, errorMessage } from '../../api/client';
import type { InboxPass, MailStatus, WorkerError } from '../../api/types';
import { formatInstant } from '../../lib/format-time';
import { passSummary } from '../../lib/mail-text';
import { href } from '../../lib/route';
import { useApp } from '../../ui/app-context';

function Failure({ what, error, zone, now }: { what: string; error: WorkerError; zone: string; now: string }) {
  return (
    <div class="notice notice-error" role="alert">
      <p>
        <strong>{what} is failing</strong> (since {formatInstant(error.since, zone, now)}): {error.message}
      </p>
      <p>hearback keeps trying. If the password changed, test and save the account again in <a href={href({ name: 'settings', section: 'mail' })}>Settings</a>.</p>
    </div>
  );
}

/**
 * The account the Mail page works with, when the inbox was last read, "Check now", and what is failing.
 * Without an account it says where to add one; the review queue still works (an mbox import fills it).
 */
export function MailStatusBar({ status, onChecked }: { status: MailStatus; onChecked(): Promise<void> }) {
  const { timezone, now } = useApp();
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<{ text: string; error: boolean } | null>(null);
  if (!status.account) {
    return (
      <div class="notice notice-info mail-status">
        <p>
          No mailbox is connected. <a href={href({ name: 'settings', section: 'mail' })}>Connect your mailbox in Settings</a> to send the follow-ups you approve from your own address and
          have replies read for you.
        </p>
      </div>
    );
  }
  const check = async (): Promise<void> => {
    setBusy(true);
    setResult(null);
    try {
      const pass = await api<InboxPass>('POST', '/api/mail/check');
      setResult({ text: passSummary(pass), error: false });
      await onChecked();
    } catch (error) {
      setResult({ text: `Could not read your mail: ${errorMessage(error)}`, error: true });
    } finally {
      setBusy(false);
    }
  };
  const workers = status.workers;
  const checked = workers?.watcher.lastCheckAt;
  return (
    <div class="mail-status">
      <div class="mail-status-line">
        <p>
          Sending and reading as <strong class="address">{status.account.address}</strong>.{' '}
          <span class="muted">{checked ? `Inbox last read ${formatInstant(checked, timezone, now())}.` : workers ? 'Reading your inbox…' : 'The inbox is read when you check.'}</span>
        </p>
        <button type="button" class="button button-small" disabled={busy} onClick={() => void check()}>
          {busy ? 'Checking…' : 'Check now'}
        </button>
      </div>
      <p class={result?.error ? 'form-error' : 'muted'} role="status">
        {result?.text ?? ''}
      </p>
      {workers?.sender.error && <Failure what="Sending" error={workers.sender.error} zone={timezone} now={now()} />}
      {workers?.watcher.error && <Failure what="Reading your inbox" error={workers.watcher.error} zone={timezone} now={now()} />}
    </div>
  );
}
