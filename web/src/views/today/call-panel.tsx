/** @jsxImportSource preact */
import { useState } from 'preact/hooks';
import type { CallOutcome, CallScript } from '../../api/types';
import { CALL_OUTCOME_LABELS } from '../../lib/labels';
import { CallScriptText } from './call-script-text';

interface Props {
  id: string;
  phone: string | null;
  name: string;
  script: CallScript;
  /** Records the call; resolves when done. */
  onRecord(outcome: CallOutcome, note: string): Promise<void>;
}

/** A call script (003), then a form to record how the call went, which moves the plan on. */
export function CallPanel({ id, phone, name, script, onRecord }: Props) {
  const [outcome, setOutcome] = useState<CallOutcome | ''>('');
  const [note, setNote] = useState('');
  const [busy, setBusy] = useState(false);
  const submit = async (event: Event): Promise<void> => {
    event.preventDefault();
    if (!outcome) return;
    setBusy(true);
    try {
      await onRecord(outcome, note);
    } finally {
      setBusy(false);
    }
  };
  return (
    <section class="call" aria-labelledby={`${id}-call`}>
      <h4 id={`${id}-call`} class="draft-title">
        Call script{' '}
        {phone && (
          <span class="muted">
            for {name}, <a href={`tel:${phone.replace(/[^\d+]/g, '')}`}>{phone}</a>
          </span>
        )}
      </h4>
      <CallScriptText script={script} />
      <form class="call-outcome" onSubmit={submit}>
        <fieldset>
          <legend>How did the call go?</legend>
          <div class="choices">
            {script.outcomes.map((o) => (
              <label key={o} class="choice">
                <input type="radio" name={`${id}-outcome`} value={o} checked={outcome === o} onChange={() => setOutcome(o)} />
                {CALL_OUTCOME_LABELS[o]}
              </label>
            ))}
          </div>
          <label class="field">
            <span>Note (optional)</span>
            <input type="text" value={note} onInput={(e) => setNote(e.currentTarget.value)} />
          </label>
          <button type="submit" class="button button-primary" disabled={!outcome || busy}>
            Record the call
          </button>
        </fieldset>
      </form>
    </section>
  );
}
