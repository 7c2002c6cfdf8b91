/** @jsxImportSource preact */
import { useState } from 'preact/hooks';
import { api, errorMessage } from '../../api/client';
import type { ApplicationSummary, MailItem } from '../../api/types';
import { formatInstant } from '../../lib/format-time';
import { evidenceSource, suggestionText, VERDICT_LABELS } from '../../lib/mail-text';
import { useApp } from '../../ui/app-context';
import { useToasts } from '../../ui/toasts';

interface Props {
  item: MailItem;
  /** The applications to choose from when hearback could not tell which one the message is about. */
  applications: readonly ApplicationSummary[];
  onChanged(): Promise<void>;
}

/** A message hearback was unsure about: who, what, why it thinks so, what accepting does, Accept and Dismiss. */
export function ReviewEntry({ item, applications, onChanged }: Props) {
  const { timezone, now } = useApp();
  const toasts = useToasts();
  const [busy, setBusy] = useState(false);
  const [chosen, setChosen] = useState('');
  const [error, setError] = useState<string | null>(null);
  const id = `review-${item.id}`;
  const needsApplication = item.suggestion?.kind === 'event' && !item.application;

  const decide = async (verb: 'accept' | 'dismiss'): Promise<void> => {
    if (verb === 'accept' && needsApplication && !chosen) {
      setError('Choose the application this message is about.');
      document.getElementById(`${id}-app`)?.focus();
      return;
    }
    setBusy(true);
    setError(null);
    try {
      await api('POST', `/api/inbox/${encodeURIComponent(item.id)}/${verb}`, verb === 'accept' && chosen ? { applicationId: chosen } : {});
      toasts.show({
        message: verb === 'accept' ? `Accepted: ${item.subject}` : `Dismissed: ${item.subject}`,
        ...(verb === 'accept' && item.suggestion?.kind === 'event'
          ? {
              undo: async () => {
                await api('POST', `/api/inbox/${encodeURIComponent(item.id)}/undo`);
                await onChanged();
              },
            }
          : {}),
      });
      await onChanged();
    } catch (caught) {
      setError(errorMessage(caught));
      setBusy(false);
    }
  };

  return (
    <li class="card review-entry">
      <h3 id={`${id}-title`} class="review-subject">
        {item.subject || '(no subject)'}
      </h3>
      <p class="muted review-from">
        From <span class="address">{item.from ?? 'an unknown sender'}</span>
        {item.receivedAt && <>, {formatInstant(item.receivedAt, timezone, now())}</>}
      </p>
      <p>
        Looks like <strong>{VERDICT_LABELS[item.verdict.kind]}</strong>, {Math.round(item.verdict.confidence * 100)}% sure
        {item.application && (
          <>
            , about{' '}
            <strong>
              {item.application.company} — {item.application.role}
            </strong>
          </>
        )}
        .
      </p>
      {item.verdict.evidence.length > 0 && (
        <details class="evidence">
          <summary>Why hearback thinks so</summary>
          <ul>
            {item.verdict.evidence.map((e, i) => (
              <li key={`${e.rule}-${i}`}>
                <span class="muted">{evidenceSource(e.rule)}:</span> {e.detail || e.rule}
              </li>
            ))}
          </ul>
        </details>
      )}
      <p class="review-suggestion">{suggestionText(item)}</p>
      {needsApplication && (
        <label class="field review-app">
          <span>Which application is it about?</span>
          <select id={`${id}-app`} value={chosen} aria-invalid={error !== null && !chosen} onChange={(e) => setChosen(e.currentTarget.value)}>
            <option value="">Choose…</option>
            {applications.map((a) => (
              <option key={a.id} value={a.id}>
                {a.company} — {a.role}
              </option>
            ))}
          </select>
        </label>
      )}
      {error && (
        <p class="form-error" role="alert">
          {error}
        </p>
      )}
      <div class="button-row">
        <button type="button" class="button button-primary" disabled={busy || !item.suggestion} aria-describedby={`${id}-title`} onClick={() => void decide('accept')}>
          Accept
        </button>
        <button type="button" class="button" disabled={busy} aria-describedby={`${id}-title`} onClick={() => void decide('dismiss')}>
          Dismiss
        </button>
      </div>
    </li>
  );
}
