/** @jsxImportSource preact */
import { useState } from 'preact/hooks';
import { CONTACT_ROLES, type ContactRole } from '../../../../src/core/model/contact';
import { errorMessage } from '../../api/client';
import type { Contact, ContactInput } from '../../api/types';

export const ROLE_LABELS: Record<ContactRole, string> = {
  hiring_manager: 'Hiring manager',
  recruiter: 'Recruiter',
  interviewer: 'Interviewer',
  other: 'Other',
};

interface Props {
  idPrefix: string;
  initial?: Contact;
  submitLabel: string;
  onSubmit(input: ContactInput): Promise<void>;
  onCancel?: () => void;
}

/** A contact's name, role, email and phone. Empty fields are sent as "not known". */
export function ContactForm({ idPrefix, initial, submitLabel, onSubmit, onCancel }: Props) {
  const [name, setName] = useState(initial?.name ?? '');
  const [role, setRole] = useState<ContactRole>(initial?.role ?? 'hiring_manager');
  const [email, setEmail] = useState(initial?.email ?? '');
  const [phone, setPhone] = useState(initial?.phone ?? '');
  const [direct, setDirect] = useState(initial?.phoneIsDirect ?? false);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (event: Event): Promise<void> => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      await onSubmit({ name: name.trim() || null, role, email: email.trim() || null, phone: phone.trim() || null, phoneIsDirect: direct });
      if (!initial) {
        setName('');
        setEmail('');
        setPhone('');
        setDirect(false);
      }
    } catch (caught) {
      setError(errorMessage(caught));
    } finally {
      setBusy(false);
    }
  };

  return (
    <form class="contact-form" onSubmit={submit}>
      <div class="form-grid">
        <label class="field">
          <span>Name</span>
          <input id={`${idPrefix}-name`} type="text" autocomplete="off" value={name} onInput={(e) => setName(e.currentTarget.value)} />
        </label>
        <label class="field">
          <span>Role</span>
          <select value={role} onChange={(e) => setRole(e.currentTarget.value as ContactRole)}>
            {CONTACT_ROLES.map((r) => (
              <option key={r} value={r}>
                {ROLE_LABELS[r]}
              </option>
            ))}
          </select>
        </label>
        <label class="field">
          <span>Email</span>
          <input type="email" autocomplete="off" value={email} onInput={(e) => setEmail(e.currentTarget.value)} />
        </label>
        <label class="field">
          <span>Phone</span>
          <input type="tel" autocomplete="off" value={phone} onInput={(e) => setPhone(e.currentTarget.value)} />
        </label>
      </div>
      <label class="choice">
        <input type="checkbox" checked={direct} onChange={(e) => setDirect(e.currentTarget.checked)} />
        The phone reaches this person directly (not a switchboard)
      </label>
      {error && (
        <p class="form-error" role="alert">
          {error}
        </p>
      )}
      <div class="button-row">
        <button type="submit" class="button button-primary" disabled={busy}>
          {submitLabel}
        </button>
        {onCancel && (
          <button type="button" class="button button-quiet" onClick={onCancel}>
            Cancel
          </button>
        )}
      </div>
    </form>
  );
}
