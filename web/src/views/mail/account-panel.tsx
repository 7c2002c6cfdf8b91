/** @jsxImportSource preact */
import { useEffect, useRef, useState } from 'preact/hooks';
import { api, errorMessage } from '../../api/client';
import type { MailAccountView } from '../../api/types';
import { href } from '../../lib/route';
import { useResource } from '../../ui/use-resource';
import { useToasts } from '../../ui/toasts';
import { AccountForm } from './account-form';

const where = (s: { host: string; port: number; security: string }) => `${s.host}:${s.port}${s.security === 'plain' ? ', not encrypted' : ''}`;

/**
 * Settings → Mail: the account hearback sends and reads mail with. Shows the saved account (never its
 * password), and the form to add, change or remove it. `onAccount` hears the address whenever it changes.
 */
export function AccountPanel({ focus = false, onAccount }: { focus?: boolean; onAccount?: (address: string | null) => void }) {
  const toasts = useToasts();
  const view = useResource(() => api<MailAccountView>('GET', '/api/mail/account'), []);
  const [editing, setEditing] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const heading = useRef<HTMLHeadingElement>(null);
  const account = view.data?.account ?? null;
  const loaded = view.data !== null;
  // The morning e-mail below goes out through this account, so it needs to know whether there is one.
  const address = loaded ? (account?.address ?? null) : undefined;
  useEffect(() => {
    if (address !== undefined) onAccount?.(address);
  }, [address]);
  // Opened from a link to Settings → Mail: bring the panel into view once it has loaded.
  useEffect(() => {
    if (!focus || !loaded) return;
    heading.current?.scrollIntoView({ block: 'start' });
    heading.current?.focus();
  }, [focus, loaded]);

  const remove = async (): Promise<void> => {
    setBusy(true);
    try {
      const { cancelled } = await api<{ cancelled: number }>('DELETE', '/api/mail/account');
      toasts.show({ message: cancelled > 0 ? `Mail account removed; ${cancelled} queued ${cancelled === 1 ? 'message was' : 'messages were'} cancelled.` : 'Mail account removed.' });
      setConfirming(false);
      await view.reload();
      heading.current?.focus();
    } catch (error) {
      toasts.show({ message: errorMessage(error), tone: 'error' });
    } finally {
      setBusy(false);
    }
  };

  let body;
  if (view.error && !view.data) body = <p class="form-error">Could not load the mail account: {errorMessage(view.error)}</p>;
  else if (!view.data) body = <p class="muted">Loading…</p>;
  else if (!account || editing) {
    body = (
      <AccountForm
        account={account}
        onSaved={() => {
          setEditing(false);
          void view.reload();
        }}
        onCancel={account ? () => setEditing(false) : null}
      />
    );
  } else {
    body = (
      <>
        <dl class="facts">
          <dt>Address</dt>
          <dd class="address">{account.name ? `${account.name} <${account.address}>` : account.address}</dd>
          <dt>Reading</dt>
          <dd>{where(account.imap)}, folders {account.folders.join(', ')}</dd>
          <dt>Sending</dt>
          <dd>{where(account.smtp)}</dd>
          <dt>Sent copies</dt>
          <dd>{view.data.sentCopy === 'provider' ? `filed in Sent by ${view.data.provider?.name ?? 'your provider'}` : 'saved in Sent by hearback'}</dd>
          <dt>Limits</dt>
          <dd>
            at most {account.dailyCap} a day, {account.companyGapMinutes} minutes apart for one company
          </dd>
        </dl>
        <p class="muted">
          Approved follow-ups go out from this address; replies are read from its inbox. See them in <a href={href({ name: 'mail', tab: 'outbox' })}>Mail</a>.
        </p>
        {confirming ? (
          <div class="confirm" role="group" aria-labelledby="mail-remove-question">
            <p id="mail-remove-question">
              Remove {account.address}? hearback will stop sending and reading mail. Messages waiting to go out are cancelled; what was sent stays recorded.
            </p>
            <div class="button-row">
              <button type="button" class="button button-danger" disabled={busy} onClick={() => void remove()}>
                Remove the account
              </button>
              <button type="button" class="button button-quiet" onClick={() => setConfirming(false)}>
                Keep it
              </button>
            </div>
          </div>
        ) : (
          <div class="button-row">
            <button type="button" class="button" onClick={() => setEditing(true)}>
              Change settings
            </button>
            <button type="button" class="button button-quiet" onClick={() => setConfirming(true)}>
              Remove…
            </button>
          </div>
        )}
      </>
    );
  }
  return (
    <section class="panel mail-account" id="mail" aria-labelledby="mail-heading">
      <h2 id="mail-heading" ref={heading} tabIndex={-1}>
        Mail
      </h2>
      <p>
        hearback can send the follow-ups you approve from your own mailbox, at a good time in the recipient’s day, and read the replies so your plans update by themselves.
      </p>
      {body}
    </section>
  );
}
