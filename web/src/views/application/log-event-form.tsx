/** @jsxImportSource preact */
import { useState } from 'preact/hooks';
import { CALL_OUTCOMES, EVENT_KINDS } from '../../../../src/core/model/event';
import { api, errorMessage } from '../../api/client';
import type { CallOutcome, Contact, EventKind, EventLogged, LogEventInput } from '../../api/types';
import { zonedToInstant } from '../../lib/format-time';
import { CALL_OUTCOME_LABELS, EVENT_LABELS } from '../../lib/labels';
import { useApp } from '../../ui/app-context';
import { useToasts } from '../../ui/toasts';
import { InterviewFields, type InterviewDraft } from './interview-fields';

interface Props {
  applicationId: string;
  contacts: readonly Contact[];
  onLogged(): Promise<void>;
}

const EMPTY_INTERVIEW: InterviewDraft = { interviewers: [{ name: '', email: '' }], discussed: [''], nextStepDate: '' };

/** Which contact an event is about, for the kinds that name one. */
const WITH_CONTACT: ReadonlySet<EventKind> = new Set(['reply', 'follow_up_sent', 'thank_you_sent', 'call']);

/** Records anything that happened: every event kind, with the fields that kind takes. */
export function LogEventForm({ applicationId, contacts, onLogged }: Props) {
  const { timezone } = useApp();
  const toasts = useToasts();
  const [kind, setKind] = useState<EventKind>('interview');
  const [at, setAt] = useState('');
  const [note, setNote] = useState('');
  const [interview, setInterview] = useState<InterviewDraft>(EMPTY_INTERVIEW);
  const [contactId, setContactId] = useState('');
  const [channel, setChannel] = useState<'email' | 'phone'>('email');
  const [outcome, setOutcome] = useState<CallOutcome | ''>('');
  const [returnDate, setReturnDate] = useState('');
  const [address, setAddress] = useState('');
  const [hard, setHard] = useState(true);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const input = (): Omit<LogEventInput, 'applicationId'> => {
    const when = at ? zonedToInstant(at, timezone) : null;
    const body: Omit<LogEventInput, 'applicationId'> = { kind, ...(when ? { at: when } : {}), ...(note.trim() ? { note: note.trim() } : {}) };
    if (kind === 'interview') {
      body.interviewers = interview.interviewers.filter((p) => p.name.trim() || p.email.trim()).map((p) => ({ name: p.name.trim() || null, email: p.email.trim() || null }));
      body.discussed = interview.discussed.map((d) => d.trim()).filter(Boolean);
      if (interview.nextStepDate) body.nextStepDate = interview.nextStepDate;
    }
    if (WITH_CONTACT.has(kind) && contactId) body.contactId = contactId;
    if (kind === 'follow_up_sent') body.channel = channel;
    if (kind === 'call' && outcome) body.outcome = outcome;
    if (kind === 'auto_reply' && returnDate) body.returnDate = returnDate;
    if (kind === 'bounce') Object.assign(body, { address: address.trim(), hard });
    return body;
  };

  const submit = async (event: Event): Promise<void> => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      const logged = await api<EventLogged>('POST', `/api/applications/${encodeURIComponent(applicationId)}/events`, input());
      setNote('');
      setAt('');
      setInterview(EMPTY_INTERVIEW);
      await onLogged();
      toasts.show({
        message: `${EVENT_LABELS[kind]} logged.`,
        undo: async () => {
          await api('DELETE', `/api/events/${encodeURIComponent(logged.event.id)}`);
          await onLogged();
        },
      });
    } catch (caught) {
      setError(errorMessage(caught));
    } finally {
      setBusy(false);
    }
  };

  return (
    <form class="log-form" onSubmit={submit} aria-labelledby="log-heading">
      <h2 id="log-heading">Log what happened</h2>
      <div class="form-grid">
        <label class="field">
          <span>What happened</span>
          <select value={kind} onChange={(e) => setKind(e.currentTarget.value as EventKind)}>
            {EVENT_KINDS.map((k) => (
              <option key={k} value={k}>
                {EVENT_LABELS[k]}
              </option>
            ))}
          </select>
        </label>
        <label class="field">
          <span>When ({timezone}); leave empty for now</span>
          <input type="datetime-local" value={at} onInput={(e) => setAt(e.currentTarget.value)} />
        </label>
      </div>
      {kind === 'interview' && <InterviewFields value={interview} onChange={setInterview} />}
      {WITH_CONTACT.has(kind) && contacts.length > 0 && (
        <label class="field">
          <span>With whom</span>
          <select value={contactId} onChange={(e) => setContactId(e.currentTarget.value)}>
            <option value="">Not recorded</option>
            {contacts.map((c) => (
              <option key={c.id} value={c.id}>
                {c.name ?? c.email ?? c.phone}
              </option>
            ))}
          </select>
        </label>
      )}
      {kind === 'follow_up_sent' && (
        <label class="field">
          <span>How</span>
          <select value={channel} onChange={(e) => setChannel(e.currentTarget.value as 'email' | 'phone')}>
            <option value="email">Email</option>
            <option value="phone">Phone</option>
          </select>
        </label>
      )}
      {kind === 'call' && (
        <label class="field">
          <span>How it went</span>
          <select value={outcome} onChange={(e) => setOutcome(e.currentTarget.value as CallOutcome | '')}>
            <option value="">Not recorded</option>
            {CALL_OUTCOMES.map((o) => (
              <option key={o} value={o}>
                {CALL_OUTCOME_LABELS[o]}
              </option>
            ))}
          </select>
        </label>
      )}
      {kind === 'auto_reply' && (
        <label class="field">
          <span>Back on (if the reply says)</span>
          <input type="date" value={returnDate} onInput={(e) => setReturnDate(e.currentTarget.value)} />
        </label>
      )}
      {kind === 'bounce' && (
        <div class="form-grid">
          <label class="field">
            <span>Address that bounced</span>
            <input type="email" required value={address} onInput={(e) => setAddress(e.currentTarget.value)} />
          </label>
          <label class="choice">
            <input type="checkbox" checked={hard} onChange={(e) => setHard(e.currentTarget.checked)} />
            The address does not exist (not a temporary failure)
          </label>
        </div>
      )}
      <label class="field">
        <span>Note (optional)</span>
        <textarea rows={2} value={note} onInput={(e) => setNote(e.currentTarget.value)} />
      </label>
      {error && (
        <p class="form-error" role="alert">
          {error}
        </p>
      )}
      <button type="submit" class="button button-primary" disabled={busy}>
        Log {EVENT_LABELS[kind].toLowerCase()}
      </button>
    </form>
  );
}
