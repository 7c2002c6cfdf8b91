/** @jsxImportSource preact */
import { useEffect, useRef, useState } from 'preact/hooks';
import { api, ApiError, errorMessage } from '../../api/client';
import type { QueueSendResult, SendPreview } from '../../api/types';
import { describeSendTime } from '../../lib/mail-text';
import { FindingsList } from './findings-list';

interface Props {
  id: string;
  actionId: string;
  /** The message as the card shows it now, edits included: what will be sent. */
  subject: string | null;
  body: string;
  userZone: string;
  now: string;
  /** Approved: the outbox row, and the recipient's zone its send time reads in. */
  onQueued(result: QueueSendResult, zone: string): void;
  onClose(): void;
}

const PREVIEW_DELAY_MS = 300;
const mailbox = (m: { name: string; address: string }) => (m.name ? `${m.name} <${m.address}>` : m.address);

/**
 * "Send with hearback": shows when the message would go out (inside the recipient's send window, on one of
 * their business days), from and to whom, and what the linter found, then approves it. Lint errors block
 * the approval until the user says to send it anyway.
 */
export function SendPanel({ id, actionId, subject, body, userZone, now, onQueued, onClose }: Props) {
  const [preview, setPreview] = useState<SendPreview | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [force, setForce] = useState(false);
  const [busy, setBusy] = useState(false);
  const heading = useRef<HTMLHeadingElement>(null);
  const url = (verb: string) => `/api/actions/${encodeURIComponent(actionId)}/${verb}`;
  const message = { ...(subject === null ? {} : { subject }), body };

  useEffect(() => heading.current?.focus(), []);
  useEffect(() => {
    let current = true;
    const timer = setTimeout(() => {
      api<SendPreview>('POST', url('send-preview'), message)
        .then((p) => {
          if (!current) return;
          setPreview(p);
          setError(null);
        })
        .catch((e: unknown) => {
          if (current) setError(errorMessage(e));
        });
    }, PREVIEW_DELAY_MS);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [subject, body]);

  const approve = async (): Promise<void> => {
    setBusy(true);
    setError(null);
    try {
      onQueued(await api<QueueSendResult>('POST', url('approve'), { ...message, force }), preview?.zone ?? userZone);
    } catch (caught) {
      setError(caught instanceof ApiError && caught.field === 'body' ? caught.message : errorMessage(caught));
      setBusy(false);
    }
  };

  const when = preview ? describeSendTime(preview.sendAt, preview.zone, userZone, now) : null;
  return (
    <section class="send-panel" id={id} aria-labelledby={`${id}-title`}>
      <h5 id={`${id}-title`} ref={heading} tabIndex={-1} class="send-title">
        Send with hearback
      </h5>
      {!preview && !error && (
        <p class="muted" role="status">
          Finding the right time in their calendar…
        </p>
      )}
      {preview && when && (
        <>
          <p class="send-when">
            <strong>{when.now ? 'Goes out right away' : `Goes out ${when.theirs}`}</strong>
            {when.now ? <span class="muted"> ({when.theirs})</span> : when.yours && <span class="muted"> · {when.yours}</span>}
          </p>
          <p class="send-who">
            From <span class="address">{mailbox(preview.from)}</span> to <span class="address">{mailbox(preview.to)}</span>, through your own mailbox. It stays in Today until it has gone out.
          </p>
          <FindingsList findings={preview.findings} text={subject === null ? body : `${subject}\n\n${body}`} />
          {preview.blocked && (
            <label class="choice send-anyway">
              <input type="checkbox" checked={force} onChange={(e) => setForce(e.currentTarget.checked)} />
              <span>Send it anyway: I have read what is marked “Fix”.</span>
            </label>
          )}
        </>
      )}
      {error && (
        <p class="form-error" role="alert">
          {error}
        </p>
      )}
      <div class="button-row">
        <button type="button" class="button button-primary" disabled={busy || !preview || (preview.blocked && !force)} onClick={() => void approve()}>
          Approve and queue
        </button>
        <button type="button" class="button button-quiet" onClick={onClose}>
          Not now
        </button>
      </div>
    </section>
  );
}
