/** @jsxImportSource preact */
import { useEffect, useState } from 'preact/hooks';
import { OPEN_POLICY } from '../../../../src/core/model/application';
import { api, ApiError, errorMessage } from '../../api/client';
import type { AddApplicationInput, AddApplicationResult, PostingAnalysis } from '../../api/types';
import { zonedClock } from '../../lib/format-time';
import { href } from '../../lib/route';
import { useApp } from '../../ui/app-context';
import { ApplicationFields, fieldsInput, type AppFields } from '../../ui/application-fields';
import { PageTitle } from '../../ui/page-title';
import { PostingText } from '../../ui/posting-text';
import { useToasts } from '../../ui/toasts';
import { navigate } from '../../ui/use-route';
import { rowsFromAnalysis } from '../../lib/analysis-contacts';
import { ContactRows, type ContactRow } from './contact-rows';
import { AnalysisSummary } from './analysis-summary';

const EMPTY: AppFields = { company: '', role: '', source: '', postingUrl: '', location: '', country: '', region: '', timezone: '', playbook: '', decisionBy: '', deadline: '', policy: { ...OPEN_POLICY } };

/**
 * The place fields a posting's location fills in. Holidays and the send window follow the employer's country
 * and zone, which otherwise silently default to the user's own, so the posting's reading replaces what the
 * form held; a place without a zone of its own ("Remote (US)") keeps the zone already there.
 */
function placeFields(f: AppFields, location: PostingAnalysis['location']): Partial<AppFields> {
  if (!location) return {};
  return {
    location: f.location || location.text,
    country: location.country,
    region: location.region ?? '',
    timezone: location.timezone ?? f.timezone,
  };
}

/** Add an application: paste the posting, let hearback read it, confirm what it found, save. */
export function AddView() {
  const app = useApp();
  const toasts = useToasts();
  const today = zonedClock(app.now(), app.timezone).date;
  const [posting, setPosting] = useState('');
  const [analysis, setAnalysis] = useState<PostingAnalysis | null>(null);
  const [fields, setFields] = useState<AppFields>(EMPTY);
  const [contacts, setContacts] = useState<ContactRow[]>([]);
  const [applied, setApplied] = useState<'yes' | 'no'>('yes');
  const [appliedOn, setAppliedOn] = useState('');
  const appliedDay = appliedOn || today;
  const [error, setError] = useState<{ message: string; field: string | null } | null>(null);
  const [busy, setBusy] = useState(false);

  // After reading, the focus moves to what was found, so the user hears it and continues from there.
  useEffect(() => {
    if (analysis) document.getElementById('found-heading')?.focus();
  }, [analysis]);

  const read = async (): Promise<void> => {
    setBusy(true);
    setError(null);
    try {
      const found = await api<PostingAnalysis>('POST', '/api/postings/analyze', { text: posting, ...(fields.country ? { country: fields.country } : {}), referenceDate: appliedDay });
      setAnalysis(found);
      setFields((f) => ({
        ...f,
        company: found.company ?? f.company,
        role: found.role ?? f.role,
        decisionBy: found.decisionBy ?? f.decisionBy,
        deadline: found.deadline ?? f.deadline,
        policy: found.contactPolicy,
        ...placeFields(f, found.location),
      }));
      setContacts(rowsFromAnalysis(found.names, found.emails, found.phones));
    } catch (caught) {
      setError({ message: errorMessage(caught), field: null });
    } finally {
      setBusy(false);
    }
  };

  const save = async (event: Event): Promise<void> => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    // Applied today means now, so the plan counts from the hour it was sent; another day means that day.
    const appliedAt = applied === 'no' ? null : appliedDay === today ? app.now() : appliedDay;
    const input: AddApplicationInput = {
      ...fieldsInput(fields),
      appliedAt,
      postingText: posting.trim() ? posting : null,
      contacts: contacts
        .filter((c) => c.name.trim() || c.email.trim() || c.phone.trim())
        .map((c) => ({ name: c.name.trim() || null, email: c.email.trim() || null, phone: c.phone.trim() || null, role: c.role })),
    };
    try {
      const result = await api<AddApplicationResult>('POST', '/api/applications', input);
      toasts.show({ message: `${result.application.company} added. Here is its plan.` });
      navigate(href({ name: 'application', id: result.application.id }));
    } catch (caught) {
      setError({ message: errorMessage(caught), field: caught instanceof ApiError ? caught.field : null });
      setBusy(false);
    }
  };

  return (
    <div class="add">
      <PageTitle title="Add an application" />
      <form onSubmit={save}>
        <section class="panel" aria-labelledby="paste-heading">
          <h2 id="paste-heading">1. Paste the job posting</h2>
          <p class="muted">hearback reads it for the company, the role, contacts, dates, and whether they ask not to be contacted. Nothing leaves your computer.</p>
          <label class="field">
            <span>Posting text</span>
            <textarea rows={10} value={posting} onInput={(e) => setPosting(e.currentTarget.value)} />
          </label>
          <button type="button" class="button button-primary" disabled={busy || posting.trim() === ''} onClick={() => void read()}>
            Read the posting
          </button>
        </section>
        {analysis && (
          <section class="panel" aria-labelledby="found-heading">
            <h2 id="found-heading" tabIndex={-1}>
              What hearback found
            </h2>
            <AnalysisSummary analysis={analysis} />
            <details>
              <summary>Show the posting with what was found marked</summary>
              <PostingText text={posting} findings={analysis.findings} />
            </details>
          </section>
        )}
        <section class="panel" aria-labelledby="confirm-heading">
          <h2 id="confirm-heading">{analysis ? '2. Check and confirm' : '2. Or fill it in by hand'}</h2>
          <ApplicationFields idPrefix="add" value={fields} onChange={setFields} invalid={error?.field ?? null} />
          <ContactRows rows={contacts} onChange={setContacts} />
          <fieldset>
            <legend>Have you applied?</legend>
            <div class="choice-row">
              <label class="choice">
                <input type="radio" name="applied" checked={applied === 'yes'} onChange={() => setApplied('yes')} />
                Yes, on
              </label>
              <input type="date" aria-label="Date applied" value={appliedDay} max={today} disabled={applied === 'no'} onInput={(e) => setAppliedOn(e.currentTarget.value)} />
            </div>
            <label class="choice">
              <input type="radio" name="applied" checked={applied === 'no'} onChange={() => setApplied('no')} />
              Not yet: save it for later
            </label>
          </fieldset>
          {error && (
            <p class="form-error" role="alert">
              {error.message}
            </p>
          )}
          <button type="submit" class="button button-primary" disabled={busy}>
            Save application
          </button>
        </section>
      </form>
    </div>
  );
}
