/** @jsxImportSource preact */
import { useState } from 'preact/hooks';
import { api, errorMessage } from '../../api/client';
import type { OutboxRow } from '../../api/types';
import { formatInstant } from '../../lib/format-time';
import { ACTION_LABELS } from '../../lib/labels';
import { describeSendTime } from '../../lib/mail-text';
import { href } from '../../lib/route';
import { useApp } from '../../ui/app-context';
import { useToasts } from '../../ui/toasts';

type Decision = 'sent' | 'resend' | 'cancel';

const DONE: Record<Decision, string> = { sent: 'Recorded as sent.', resend: 'It goes out again in a moment.', cancel: 'Cancelled: it will not be sent.' };

/** What happened to a message, in a sentence, by its state. */
function When({ row }: { row: OutboxRow }) {
  const { timezone, now } = useApp();
  if (row.state === 'queued') {
    const when = describeSendTime(row.sendAt, row.zone, timezone, now());
    return (
      <p>
        {when.now ? 'Goes out in a moment' : `Goes out ${when.theirs}`}
        {!when.now && when.yours && <span class="muted"> · {when.yours}</span>}
        {row.reason && <span class="muted"> · Last try: {row.reason}</span>}
      </p>
    );
  }
  if (row.state === 'sending') return <p>Being sent now.</p>;
  if (row.state === 'sent') return <p>Sent {row.sentAt ? formatInstant(row.sentAt, timezone, now()) : ''}.</p>;
  if (row.state === 'needs_decision') {
    return (
      <div class="decision-text">
        <p>
          <strong>hearback may or may not have sent this.</strong>{' '}
          {row.reason?.startsWith('could not search')
            ? 'It stopped in the middle of sending, and your Sent folder could not be searched to see whether the message went out.'
            : 'It stopped in the middle of sending, and the copy it keeps in your Sent folder was not found.'}
        </p>
        <p>Look in your mailbox’s Sent folder for this message, then tell hearback what happened, so it is never sent twice or not at all.</p>
      </div>
    );
  }
  return <p>{row.reason ?? (row.state === 'failed' ? 'The mail server refused it.' : 'Cancelled.')}</p>;
}

/** One message in the outbox: what, to whom, for which application, where it stands, and what the user may do. */
export function OutboxEntry({ row, onChanged }: { row: OutboxRow; onChanged(): Promise<void> }) {
  const toasts = useToasts();
  const [busy, setBusy] = useState(false);
  const id = `outbox-${row.actionId}`;
  const decide = async (decision: Decision): Promise<void> => {
    setBusy(true);
    try {
      await api('POST', `/api/outbox/${encodeURIComponent(row.actionId)}/decide`, { decision });
      toasts.show({ message: DONE[decision] });
      await onChanged();
    } catch (error) {
      toasts.show({ message: errorMessage(error), tone: 'error' });
      setBusy(false);
    }
  };
  const button = (decision: Decision, label: string, primary = false) => (
    <button type="button" class={`button button-small${primary ? ' button-primary' : ''}`} disabled={busy} onClick={() => void decide(decision)}>
      {label}
    </button>
  );
  return (
    <li class="card outbox-entry">
      <h3 id={`${id}-title`} class="outbox-subject">
        {row.subject}
      </h3>
      <p class="muted outbox-who">
        {ACTION_LABELS[row.kind]} to <span class="address">{row.to.name ? `${row.to.name} <${row.to.address}>` : row.to.address}</span>
        {row.company ? (
          <>
            {' · '}
            <a href={href({ name: 'application', id: row.applicationId })}>
              {row.company} — {row.role}
            </a>
          </>
        ) : (
          ' · the application was deleted'
        )}
      </p>
      <When row={row} />
      <details class="outbox-message">
        <summary>Show the message</summary>
        <div class="draft-body message-text">{row.text}</div>
      </details>
      {row.state === 'needs_decision' && (
        <div class="button-row">
          {button('sent', 'It was sent', true)}
          {button('resend', 'Send again')}
          {button('cancel', 'Cancel')}
        </div>
      )}
      {row.state === 'queued' && <div class="button-row">{button('cancel', 'Cancel sending')}</div>}
      {row.state === 'failed' && (
        <div class="button-row">
          {button('resend', 'Try again')}
          {button('cancel', 'Give up')}
        </div>
      )}
    </li>
  );
}
