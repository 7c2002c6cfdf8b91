/** @jsxImportSource preact */
import { PLAYBOOK_NAMES } from '../../../src/core/model/playbook-name';
import type { Application, ContactPolicy, PlaybookName } from '../api/types';

/** The editable facts of an application, as form values: text fields are strings, empty meaning unknown. */
export interface AppFields {
  company: string;
  role: string;
  source: string;
  postingUrl: string;
  location: string;
  country: string;
  region: string;
  timezone: string;
  playbook: PlaybookName | '';
  decisionBy: string;
  deadline: string;
  policy: ContactPolicy;
}

export const POLICY_LABELS: Record<keyof ContactPolicy, string> = {
  noContact: 'The posting asks not to be contacted (no follow-ups before an interview)',
  noCalls: 'No phone calls',
  noAgencies: 'No agencies or recruiters',
  onlyShortlistedContacted: 'Only shortlisted candidates will be contacted',
};

export function fieldsOf(app: Application): AppFields {
  return {
    company: app.company,
    role: app.role,
    source: app.source ?? '',
    postingUrl: app.postingUrl ?? '',
    location: app.location ?? '',
    country: app.country ?? '',
    region: app.region ?? '',
    timezone: app.timezone ?? '',
    playbook: app.playbook ?? '',
    decisionBy: app.decisionBy ?? '',
    deadline: app.deadline ?? '',
    policy: { ...app.policy },
  };
}

/** The fields as the API takes them: trimmed, empty as null. */
export function fieldsInput(f: AppFields) {
  const opt = (s: string): string | null => s.trim() || null;
  return {
    company: f.company.trim(),
    role: f.role.trim(),
    source: opt(f.source),
    postingUrl: opt(f.postingUrl),
    location: opt(f.location),
    country: opt(f.country)?.toUpperCase() ?? null,
    region: opt(f.region)?.toUpperCase() ?? null,
    timezone: opt(f.timezone),
    playbook: f.playbook || null,
    decisionBy: opt(f.decisionBy),
    deadline: opt(f.deadline),
    policy: f.policy,
  };
}

const ZONES: string[] = typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('timeZone') : [];

interface Props {
  idPrefix: string;
  value: AppFields;
  onChange(next: AppFields): void;
  /** Which field the server named in its last error, to point at it. */
  invalid?: string | null;
}

/** The form fields for an application's facts, shared by the Add page and the application's edit form. */
export function ApplicationFields({ idPrefix, value, onChange, invalid }: Props) {
  const text = (key: Exclude<keyof AppFields, 'policy' | 'playbook'>, label: string, extra: Record<string, unknown> = {}) => (
    <label class="field">
      <span>{label}</span>
      <input
        id={`${idPrefix}-${key}`}
        type="text"
        value={value[key]}
        aria-invalid={invalid === key ? true : undefined}
        onInput={(e) => onChange({ ...value, [key]: e.currentTarget.value })}
        {...extra}
      />
    </label>
  );
  return (
    <div class="application-fields">
      <div class="form-grid">
        {text('company', 'Company', { required: true, autocomplete: 'organization' })}
        {text('role', 'Role', { required: true })}
        {text('source', 'Where you found it (LinkedIn, referral…)')}
        {text('postingUrl', 'Posting URL', { type: 'url', inputMode: 'url' })}
        {text('location', 'Location')}
        {text('country', 'Country code (US, DE…), for holidays', { maxLength: 2, autocomplete: 'off' })}
        {text('region', 'Region code (CA, BY…), optional', { autocomplete: 'off' })}
        {text('timezone', "Employer's time zone", { list: `${idPrefix}-zones`, placeholder: 'Same as yours', autocomplete: 'off' })}
        <label class="field">
          <span>Decision date stated in the posting</span>
          <input id={`${idPrefix}-decisionBy`} type="date" value={value.decisionBy} onInput={(e) => onChange({ ...value, decisionBy: e.currentTarget.value })} />
        </label>
        <label class="field">
          <span>Application deadline</span>
          <input id={`${idPrefix}-deadline`} type="date" value={value.deadline} onInput={(e) => onChange({ ...value, deadline: e.currentTarget.value })} />
        </label>
        <label class="field">
          <span>Playbook for this application</span>
          <select value={value.playbook} onChange={(e) => onChange({ ...value, playbook: e.currentTarget.value as PlaybookName | '' })}>
            <option value="">My default (from Settings)</option>
            {PLAYBOOK_NAMES.map((p) => (
              <option key={p} value={p}>
                {p.charAt(0).toUpperCase() + p.slice(1)}
              </option>
            ))}
          </select>
        </label>
      </div>
      <datalist id={`${idPrefix}-zones`}>
        {ZONES.map((z) => (
          <option key={z} value={z} />
        ))}
      </datalist>
      <fieldset class="policy">
        <legend>What the posting says about contact</legend>
        {(Object.keys(POLICY_LABELS) as (keyof ContactPolicy)[]).map((key) => (
          <label key={key} class="choice">
            <input type="checkbox" name={`${idPrefix}-${key}`} checked={value.policy[key]} onChange={(e) => onChange({ ...value, policy: { ...value.policy, [key]: e.currentTarget.checked } })} />
            {POLICY_LABELS[key]}
          </label>
        ))}
      </fieldset>
    </div>
  );
}
