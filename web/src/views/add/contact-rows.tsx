/** @jsxImportSource preact */
import { CONTACT_ROLES, type ContactRole } from '../../../../src/core/model/contact';
import { ROLE_LABELS } from '../application/contact-form';

export interface ContactRow {
  name: string;
  email: string;
  phone: string;
  role: ContactRole;
}

export const EMPTY_ROW: ContactRow = { name: '', email: '', phone: '', role: 'hiring_manager' };

/** The contacts to save with a new application, one editable row each. */
export function ContactRows({ rows, onChange }: { rows: ContactRow[]; onChange(rows: ContactRow[]): void }) {
  const set = (i: number, patch: Partial<ContactRow>): void => onChange(rows.map((r, j) => (j === i ? { ...r, ...patch } : r)));
  return (
    <fieldset class="contact-rows">
      <legend>Contacts</legend>
      {rows.length === 0 && <p class="muted">No contact found. Add one if you know who reads applications.</p>}
      {rows.map((row, i) => (
        <div key={i} class="contact-row">
          <div class="form-grid">
            <label class="field">
              <span>Contact {i + 1} name</span>
              <input type="text" autocomplete="off" value={row.name} onInput={(e) => set(i, { name: e.currentTarget.value })} />
            </label>
            <label class="field">
              <span>Contact {i + 1} email</span>
              <input type="email" autocomplete="off" value={row.email} onInput={(e) => set(i, { email: e.currentTarget.value })} />
            </label>
            <label class="field">
              <span>Contact {i + 1} phone</span>
              <input type="tel" autocomplete="off" value={row.phone} onInput={(e) => set(i, { phone: e.currentTarget.value })} />
            </label>
            <label class="field">
              <span>Contact {i + 1} role</span>
              <select value={row.role} onChange={(e) => set(i, { role: e.currentTarget.value as ContactRole })}>
                {CONTACT_ROLES.map((r) => (
                  <option key={r} value={r}>
                    {ROLE_LABELS[r]}
                  </option>
                ))}
              </select>
            </label>
          </div>
          <button type="button" class="button-link" onClick={() => onChange(rows.filter((_, j) => j !== i))}>
            Remove contact {i + 1}
          </button>
        </div>
      ))}
      <button type="button" class="button button-small" onClick={() => onChange([...rows, { ...EMPTY_ROW }])}>
        Add a contact
      </button>
    </fieldset>
  );
}
