/** @jsxImportSource preact */
import { useEffect, useRef, useState } from 'preact/hooks';
import { api, errorMessage } from '../../api/client';
import type { Action, AgendaDraft, LintFinding } from '../../api/types';
import { mailtoHref } from '../../lib/mailto';
import { copyText } from '../../ui/copy-text';
import { useToasts } from '../../ui/toasts';
import { DraftText } from './draft-text';
import { FindingsList } from './findings-list';

interface Props {
  action: Action;
  draft: AgendaDraft;
  application: { company: string; role: string };
  /** Changes when the user asks to edit the draft (the `e` key). */
  editSignal: number;
}

const LINT_DELAY_MS = 400;

/**
 * The draft of an email: who it goes to, subject and body with the linter's findings marked in place, and
 * the ways to send it. Editing re-checks the text as the user types.
 */
export function DraftPanel({ action, draft, application, editSignal }: Props) {
  const toasts = useToasts();
  const [editing, setEditing] = useState(false);
  const [subject, setSubject] = useState(draft.subject ?? '');
  const [body, setBody] = useState(draft.body);
  const [findings, setFindings] = useState<readonly LintFinding[]>(draft.findings);
  const bodyRef = useRef<HTMLTextAreaElement>(null);
  const id = `draft-${action.id}`;

  useEffect(() => {
    if (editSignal === 0) return;
    setEditing(true);
  }, [editSignal]);
  useEffect(() => {
    if (editing) bodyRef.current?.focus();
  }, [editing, editSignal]);

  useEffect(() => {
    if (!editing) return undefined;
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
  }, [subject, body, editing]);

  const currentSubject = draft.subject === null ? null : subject;
  const linted = currentSubject === null ? body : `${currentSubject}\n\n${body}`;
  const to = draft.to?.email ?? action.contact?.email ?? null;
  const copy = async (what: 'body' | 'subject'): Promise<void> => {
    try {
      await copyText(what === 'body' ? body : subject);
      toasts.show({ message: what === 'body' ? 'Message copied. Paste it into your email.' : 'Subject copied.' });
    } catch (error) {
      toasts.show({ message: errorMessage(error), tone: 'error' });
    }
  };

  return (
    <section class="draft" aria-labelledby={`${id}-title`}>
      <h4 id={`${id}-title`} class="draft-title">
        Draft{to ? <span class="muted"> to {draft.to?.name ? `${draft.to.name} <${to}>` : to}</span> : <span class="muted"> (no email address known: add one on the application)</span>}
      </h4>
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
      <div class="button-row">
        <button type="button" class="button" onClick={() => void copy('body')}>
          Copy message
        </button>
        {draft.subject !== null && (
          <button type="button" class="button" onClick={() => void copy('subject')}>
            Copy subject
          </button>
        )}
        <a class="button" href={mailtoHref(to, currentSubject, body)}>
          Open in mail app
        </a>
        <button type="button" class="button button-quiet" onClick={() => setEditing(!editing)}>
          {editing ? 'Done editing' : 'Edit draft'}
        </button>
      </div>
    </section>
  );
}
