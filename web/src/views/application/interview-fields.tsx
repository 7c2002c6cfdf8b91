/** @jsxImportSource preact */
export interface InterviewDraft {
  interviewers: { name: string; email: string }[];
  discussed: string[];
  nextStepDate: string;
}

interface Props {
  value: InterviewDraft;
  onChange(next: InterviewDraft): void;
}

/**
 * The interview's people and what was said: each interviewer gets a thank-you naming them, the discussion
 * points make it personal, and the stated next step times the check-in.
 */
export function InterviewFields({ value, onChange }: Props) {
  const setPerson = (i: number, field: 'name' | 'email', text: string): void =>
    onChange({ ...value, interviewers: value.interviewers.map((p, j) => (j === i ? { ...p, [field]: text } : p)) });
  const setPoint = (i: number, text: string): void => onChange({ ...value, discussed: value.discussed.map((d, j) => (j === i ? text : d)) });
  return (
    <div class="interview-fields">
      <fieldset>
        <legend>Interviewers</legend>
        {value.interviewers.map((person, i) => (
          <div class="form-grid" key={i}>
            <label class="field">
              <span>Interviewer {i + 1} name</span>
              <input type="text" autocomplete="off" value={person.name} onInput={(e) => setPerson(i, 'name', e.currentTarget.value)} />
            </label>
            <label class="field">
              <span>Interviewer {i + 1} email</span>
              <input type="email" autocomplete="off" value={person.email} onInput={(e) => setPerson(i, 'email', e.currentTarget.value)} />
            </label>
          </div>
        ))}
        <button type="button" class="button button-small" onClick={() => onChange({ ...value, interviewers: [...value.interviewers, { name: '', email: '' }] })}>
          Add another interviewer
        </button>
      </fieldset>
      <fieldset>
        <legend>What you discussed</legend>
        {value.discussed.map((point, i) => (
          <label class="field" key={i}>
            <span>Discussion point {i + 1}</span>
            <input type="text" value={point} onInput={(e) => setPoint(i, e.currentTarget.value)} />
          </label>
        ))}
        <button type="button" class="button button-small" onClick={() => onChange({ ...value, discussed: [...value.discussed, ''] })}>
          Add another point
        </button>
      </fieldset>
      <label class="field">
        <span>When they said you would hear back (next step)</span>
        <input type="date" value={value.nextStepDate} onInput={(e) => onChange({ ...value, nextStepDate: e.currentTarget.value })} />
      </label>
    </div>
  );
}
