/** @jsxImportSource preact */
import { useState } from 'preact/hooks';
import { api, errorMessage } from '../../api/client';
import type { Contact, ContactInput, ContactPolicy } from '../../api/types';
import { contactLimits } from '../../lib/contact-limits';
import { useToasts } from '../../ui/toasts';
import { ContactForm, ROLE_LABELS } from './contact-form';

interface Props {
  applicationId: string;
  contacts: readonly Contact[];
  /** What the posting asks about contact, said beside each address and number. */
  policy: ContactPolicy;
  onChanged(): Promise<void>;
}

/** The people at the employer: who they are and how to reach them. Changes replan the application. */
export function ContactsSection({ applicationId, contacts, policy, onChanged }: Props) {
  const toasts = useToasts();
  const [editing, setEditing] = useState<string | null>(null);
  const limits = contactLimits(policy);

  const add = async (input: ContactInput): Promise<void> => {
    await api('POST', `/api/applications/${encodeURIComponent(applicationId)}/contacts`, input);
    await onChanged();
    toasts.show({ message: 'Contact added.' });
  };
  const save = (id: string) => async (input: ContactInput): Promise<void> => {
    await api('PATCH', `/api/contacts/${encodeURIComponent(id)}`, input);
    setEditing(null);
    await onChanged();
    toasts.show({ message: 'Contact saved.' });
  };
  const remove = async (contact: Contact): Promise<void> => {
    if (!window.confirm(`Remove ${contact.name ?? contact.email ?? 'this contact'}?`)) return;
    try {
      await api('DELETE', `/api/contacts/${encodeURIComponent(contact.id)}`);
      await onChanged();
      toasts.show({ message: 'Contact removed.' });
    } catch (error) {
      toasts.show({ message: errorMessage(error), tone: 'error' });
    }
  };

  return (
    <div class="contacts">
      {contacts.length === 0 ? (
        <p class="muted">No contacts yet. With an email address, hearback can draft follow-ups to a person rather than to “the hiring team”.</p>
      ) : (
        <ul class="contact-list">
          {contacts.map((c) => (
            <li key={c.id} class="contact">
              {editing === c.id ? (
                <ContactForm idPrefix={`edit-${c.id}`} initial={c} submitLabel="Save contact" onSubmit={save(c.id)} onCancel={() => setEditing(null)} />
              ) : (
                <>
                  <div>
                    <strong>{c.name ?? 'Name unknown'}</strong> <span class="badge">{ROLE_LABELS[c.role]}</span>
                  </div>
                  <div class="contact-ways">
                    {c.email && (
                      <span>
                        <a href={`mailto:${c.email}`}>{c.email}</a>
                        {limits.email && <span class="contact-limit"> · {limits.email}</span>}
                      </span>
                    )}
                    {c.phone && (
                      <span>
                        <a href={`tel:${c.phone.replace(/[^\d+]/g, '')}`}>{c.phone}</a>
                        {c.phoneIsDirect && ' (direct)'}
                        {limits.phone && <span class="contact-limit"> · {limits.phone}</span>}
                      </span>
                    )}
                  </div>
                  <div class="button-row">
                    <button type="button" class="button-link" onClick={() => setEditing(c.id)}>
                      Edit<span class="visually-hidden"> {c.name ?? c.email}</span>
                    </button>
                    <button type="button" class="button-link" onClick={() => void remove(c)}>
                      Remove<span class="visually-hidden"> {c.name ?? c.email}</span>
                    </button>
                  </div>
                </>
              )}
            </li>
          ))}
        </ul>
      )}
      <details class="add-contact">
        <summary>Add a contact</summary>
        <ContactForm idPrefix="new-contact" submitLabel="Add contact" onSubmit={add} />
      </details>
    </div>
  );
}
