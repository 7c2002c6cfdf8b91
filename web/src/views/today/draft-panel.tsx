/** @jsxImportSource preact */
import { useEffect, useRef, useState } from 'preact/hooks';
import { api, errorMessage } from '../../api/client';
import type { Action, AgendaDraft, LintFinding, OutboxRow, QueueSendResult } from '../../api/types';
import { useToasts } from '../../ui/toasts';
import { browserStorage, clearDraftEdit, loadDraftEdit, saveDraftEdit } from '../../lib/draft-edits';
import { describeSendTime } from '../../lib/mail-text';
import { DraftCopyButtons } from './draft-copy-buttons';
import { DraftText } from './draft-text';
import { FindingsList } from './findings-list';
import { MailStateLine } from './mail-state-line';
import { SendPanel } from './send-panel';

/** The card's mail: whether an account is set up, and the action's outbox row if it was approved. */
export interface CardMail {
  configured: boolean;
  row: OutboxRow | null;
  reload(): Promise<void>;
}

/** Approved and not given up on: the card shows where it stands instead of the send button. */
const IN_HAND = new Set(['queued', 'sending', 'sent', 'needs_decision']);

interface Props {
  action: Action;
  draft: AgendaDraft;
  application: { company: string; role: string };
  /** Changes when the user asks to edit the draft (the `e` key). */
  editSignal: number;
  mail: CardMail;
  userZone: string;
  now: string;
}

const LINT_DELAY_MS = 400;

/**
 * The draft of an email: who it goes to, subject and body with the linter's findings marked in place, and
 * the ways to send it. Editing re-checks the text as the user types.
 */
export function DraftPanel({ action, draft, application, editSignal, mail, userZone, now }: Props) {
  const toasts = useToasts();
  const [editing, setEditing] = useState(false);
  // An edit made before a reload comes back until the message is sent, skipped or reset.
  const [saved] = useState(() => loadDraftEdit(browserStorage(), action.id));
  const [subject, setSubject] = useState(saved?.subject ?? draft.subject ?? '');
  const [body, setBody] = useState(saved?.body ?? draft.body);
  const [findings, setFindings] = useState<readonly LintFinding[]>(draft.findings);
  const bodyRef = useRef<HTMLTextAreaElement>(null);
  const stateRef = useRef<HTMLParagraphElement>(null);
  const [sendOpen, setSendOpen] = useState(false);
  const [mailBusy, setMailBusy] = useState(false);
  const id = `draft-${action.id}`;
  const row = mail.row;
  const inHand = row !== null && IN_HAND.has(row.state);

  useEffect(() => {
    if (editSignal === 0) return;
    setEditing(true);
  }, [editSignal]);
  useEffect(() => {
    if (editing) bodyRef.current?.focus();
  }, [editing, editSignal]);

  const currentSubject = draft.subject === null ? null : subject;
  const edited = currentSubject !== draft.subject || body !== draft.body;
  useEffect(() => {
    saveDraftEdit(browserStorage(), action.id, { subject: currentSubject, body }, { subject: draft.subject, body: draft.body });
  }, [currentSubject, body]);

  useEffect(() => {
    // hearback's own draft comes with its findings; edited text is checked again as it changes.
    if (!edited) {
      setFindings(draft.findings);
      return undefined;
    }
    const timer = setTimeout(() => {
      api<{ findings: LintFinding[] }>('POST', '/api/lint', {
        subject: draft.subject === null ? null : subject,
        body,
        kind: action.kind,
        contactName: action.contact?.name ?? null,
        company: application.company,
        role: application.role,
      })
        .then((result) => setFindings(result.findings))
        .catch(() => undefined);
    }, LINT_DELAY_MS);
    return () => clearTimeout(timer);
  }, [subject, body, edited]);

  const reset = (): void => {
    clearDraftEdit(browserStorage(), action.id);
    setSubject(draft.subject ?? '');
    setBody(draft.body);
  };
  const linted = currentSubject === null ? body : `${currentSubject}\n\n${body}`;
  const to = draft.to?.email ?? action.contact?.email ?? null;
  const queued = async (result: QueueSendResult, zone: string): Promise<void> => {
    setSendOpen(false);
    // hearback holds the approved text now, in the outbox: the edit has done its job.
    clearDraftEdit(browserStorage(), action.id);
    const when = describeSendTime(result.item.sendAt, zone, userZone, now);
    toasts.show({ message: result.item.state === 'queued' ? `Queued: ${when.now ? 'it goes out in a moment' : `it goes out ${when.theirs}`}.` : `Already ${result.item.state.replace('_', ' ')}.` });
    await mail.reload();
    stateRef.current?.focus();
  };
  const cancel = async (): Promise<void> => {
    setMailBusy(true);
    try {
      await api('POST', `/api/outbox/${encodeURIComponent(action.id)}/cancel`);
      toasts.show({ message: 'Cancelled: it will not be sent.' });
      await mail.reload();
    } catch (error) {
      toasts.show({ message: errorMessage(error), tone: 'error' });
    } finally {
      setMailBusy(false);
    }
  };

  return (
    <section class="draft" aria-labelledby={`${id}-title`}>
      <h4 id={`${id}-title`} class="draft-title">
        Draft{to ? <span class="muted"> to {draft.to?.name ? `${draft.to.name} <${to}>` : to}</span> : <span class="muted"> (no email address known: add one on the application)</span>}
      </h4>
      {edited && (
        <p class="draft-edited">
          <span class="badge">Edited</span>
          {' — '}
          <button type="button" class="button-link" onClick={reset}>
            Reset to hearback’s draft
          </button>
        </p>
      )}
      {editing ? (
        <div class="draft-edit">
          {draft.subject !== null && (
            <label class="field">
              <span>Subject</span>
              <input type="text" value={subject} onInput={(e) => setSubject(e.currentTarget.value)} />
            </label>
          )}
          <label class="field">
            <span>Message</span>
            <textarea ref={bodyRef} rows={Math.min(18, body.split('\n').length + 2)} value={body} onInput={(e) => setBody(e.currentTarget.value)} />
          </label>
        </div>
      ) : (
        <DraftText subject={currentSubject} body={body} findings={findings} />
      )}
      <FindingsList findings={findings} text={linted} />
      {mail.configured && row && <MailStateLine row={row} userZone={userZone} now={now} busy={mailBusy} onCancel={() => void cancel()} lineRef={stateRef} />}
      <div class="button-row">
        <DraftCopyButtons to={to} subject={currentSubject} body={body} />
        {mail.configured && !inHand && to && (
          <button type="button" class="button" aria-expanded={sendOpen} aria-controls={`${id}-send`} onClick={() => setSendOpen(!sendOpen)}>
            Send with hearback
          </button>
        )}
        <button type="button" class="button button-quiet" onClick={() => setEditing(!editing)}>
          {editing ? 'Done editing' : 'Edit draft'}
        </button>
      </div>
      {sendOpen && !inHand && <SendPanel id={`${id}-send`} actionId={action.id} subject={currentSubject} body={body} userZone={userZone} now={now} onQueued={(r, zone) => void queued(r, zone)} onClose={() => setSendOpen(false)} />}
    </section>
  );
}
