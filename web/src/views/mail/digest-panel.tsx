/** @jsxImportSource preact */
import { useState } from 'preact/hooks';
import { api, errorMessage } from '../../api/client';
import type { DigestPatch, DigestSent, DigestState } from '../../api/types';
import { formatDate } from '../../lib/format-time';
import { useToasts } from '../../ui/toasts';
import { useResource } from '../../ui/use-resource';

interface Props {
  /** The mail account's address, `null` without one, `undefined` while it loads. */
  account: string | null | undefined;
}

/**
 * Settings → Morning e-mail: hearback mails the user the day's actions at a time of their morning, through
 * the mail account above, so the list reaches them where they already look first thing.
 */
export function DigestPanel({ account }: Props) {
  const state = useResource(() => api<DigestState>('GET', '/api/digest'), []);
  return (
    <section class="panel digest-panel" aria-labelledby="digest-heading">
      <h2 id="digest-heading">Morning e-mail</h2>
      {state.error && !state.data ? (
        <p class="form-error" role="alert">
          Could not load the morning e-mail settings: {errorMessage(state.error)}
        </p>
      ) : state.data ? (
        <DigestForm key={JSON.stringify(state.data)} state={state.data} account={account} onSaved={state.reload} />
      ) : (
        <p class="muted">Loading…</p>
      )}
    </section>
  );
}

function DigestForm({ state, account, onSaved }: { state: DigestState; account: string | null | undefined; onSaved(): Promise<void> }) {
  const toasts = useToasts();
  const [enabled, setEnabled] = useState(state.enabled);
  const [time, setTime] = useState(state.time);
  const [to, setTo] = useState(state.to ?? '');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const save = async (event: Event): Promise<void> => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      const patch: DigestPatch = { enabled, time, to: to.trim() || null };
      const saved = await api<DigestState>('PATCH', '/api/digest', patch);
      toasts.show({ message: saved.enabled ? `Morning e-mail on: every day at ${saved.time}.` : 'Morning e-mail off.' });
      await onSaved();
    } catch (caught) {
      setError(errorMessage(caught));
    } finally {
      setBusy(false);
    }
  };
  const sendNow = async (): Promise<void> => {
    setBusy(true);
    setError(null);
    try {
      const sent = await api<DigestSent>('POST', '/api/digest/send');
      toasts.show({ message: `Sent to ${sent.to}: “${sent.subject}”.` });
      await onSaved();
    } catch (caught) {
      setError(errorMessage(caught));
    } finally {
      setBusy(false);
    }
  };

  return (
    <form class="digest-form" onSubmit={save}>
      <div class="digest-when">
        <label class="choice">
          <input type="checkbox" checked={enabled} onChange={(e) => setEnabled(e.currentTarget.checked)} />
          <span>Send me today’s actions at</span>
        </label>
        <input type="time" aria-label="Time of the morning e-mail" required value={time} onInput={(e) => setTime(e.currentTarget.value)} />
      </div>
      <label class="field">
        <span>To another address (optional{account ? `; otherwise ${account}` : ''})</span>
        <input type="email" autocomplete="email" value={to} onInput={(e) => setTo(e.currentTarget.value)} />
      </label>
      {account === null && <p class="muted">The morning e-mail goes out through your mail account: set one up in the Mail panel above first.</p>}
      {state.lastSentDay && <p class="muted">Last sent for {formatDate(state.lastSentDay)}.</p>}
      {error && (
        <p class="form-error" role="alert">
          {error}
        </p>
      )}
      <div class="button-row">
        <button type="submit" class="button button-primary" disabled={busy}>
          Save morning e-mail
        </button>
        {account && (
          <button type="button" class="button" disabled={busy} onClick={() => void sendNow()}>
            Send one now
          </button>
        )}
      </div>
    </form>
  );
}
