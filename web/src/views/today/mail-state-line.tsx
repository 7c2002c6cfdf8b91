/** @jsxImportSource preact */
import type { Ref } from 'preact';
import type { OutboxRow } from '../../api/types';
import { formatInstant } from '../../lib/format-time';
import { describeSendTime } from '../../lib/mail-text';
import { href } from '../../lib/route';

interface Props {
  row: OutboxRow;
  userZone: string;
  now: string;
  busy: boolean;
  onCancel(): void;
  lineRef?: Ref<HTMLParagraphElement>;
}

/** Where an approved message of this card stands: queued (with Cancel), being sent, sent, or waiting for the user. */
export function MailStateLine({ row, userZone, now, busy, onCancel, lineRef }: Props) {
  const when = describeSendTime(row.sendAt, row.zone, userZone, now);
  switch (row.state) {
    case 'queued':
      return (
        <div class="mail-state mail-state-queued">
          <p ref={lineRef} tabIndex={-1}>
            <strong>Queued</strong> — {when.now ? 'goes out in a moment' : `goes out ${when.theirs}`}
            {!when.now && when.yours && <span class="muted"> · {when.yours}</span>}
          </p>
          <button type="button" class="button button-small" disabled={busy} onClick={onCancel}>
            Cancel sending
          </button>
        </div>
      );
    case 'sending':
      return (
        <p ref={lineRef} tabIndex={-1} class="mail-state">
          <strong>Sending now…</strong>
        </p>
      );
    case 'sent':
      return (
        <p ref={lineRef} tabIndex={-1} class="mail-state mail-state-sent">
          <strong>Sent</strong> {row.sentAt ? formatInstant(row.sentAt, userZone, now) : ''}
        </p>
      );
    case 'needs_decision':
      return (
        <p ref={lineRef} tabIndex={-1} class="mail-state mail-state-warn">
          <strong>hearback may or may not have sent this.</strong> <a href={href({ name: 'mail', tab: 'outbox' })}>Tell it what happened in Mail</a>.
        </p>
      );
    case 'failed':
      return (
        <p ref={lineRef} tabIndex={-1} class="mail-state mail-state-warn">
          <strong>Not sent:</strong> {row.reason ?? 'the mail server refused it'}
        </p>
      );
    case 'cancelled':
      return row.reason && row.reason !== 'cancelled by you' ? (
        <p ref={lineRef} tabIndex={-1} class="mail-state">
          <strong>Not sent:</strong> {row.reason}
        </p>
      ) : null;
  }
}
