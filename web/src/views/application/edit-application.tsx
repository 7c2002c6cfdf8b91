/** @jsxImportSource preact */
import { useState } from 'preact/hooks';
import { api, ApiError, errorMessage } from '../../api/client';
import type { Application } from '../../api/types';
import { ApplicationFields, fieldsInput, fieldsOf } from '../../ui/application-fields';
import { useToasts } from '../../ui/toasts';

/** Changes an application's facts; the server replans it. */
export function EditApplication({ app, onSaved }: { app: Application; onSaved(): Promise<void> }) {
  const toasts = useToasts();
  const [fields, setFields] = useState(() => fieldsOf(app));
  const [posting, setPosting] = useState(app.postingText ?? '');
  const [error, setError] = useState<{ message: string; field: string | null } | null>(null);
  const [busy, setBusy] = useState(false);
  const submit = async (event: Event): Promise<void> => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      const postingText = posting.trim() ? posting : null;
      // New posting text is read again by the server, and what it finds replaces the contact rules and the
      // dates, so those are sent only when the text stays the same.
      const { policy, decisionBy, deadline, ...rest } = fieldsInput(fields);
      const patch = postingText !== app.postingText ? { ...rest, postingText } : { ...rest, policy, decisionBy, deadline };
      await api('PATCH', `/api/applications/${encodeURIComponent(app.id)}`, patch);
      await onSaved();
      toasts.show({ message: 'Saved. The plan was updated.' });
    } catch (caught) {
      setError({ message: errorMessage(caught), field: caught instanceof ApiError ? caught.field : null });
    } finally {
      setBusy(false);
    }
  };
  return (
    <form onSubmit={submit} class="edit-application">
      <ApplicationFields idPrefix="edit" value={fields} onChange={setFields} invalid={error?.field ?? null} />
      <label class="field">
        <span>Posting text</span>
        <textarea rows={6} value={posting} onInput={(e) => setPosting(e.currentTarget.value)} />
      </label>
      {error && (
        <p class="form-error" role="alert">
          {error.message}
        </p>
      )}
      <button type="submit" class="button button-primary" disabled={busy}>
        Save changes
      </button>
    </form>
  );
}
