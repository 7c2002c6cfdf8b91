import type { ActionContact, Contact, ContactPolicy, ContactRole } from '../model';

export const BEFORE_INTERVIEW: readonly ContactRole[] = ['hiring_manager', 'recruiter', 'other', 'interviewer'];
export const AFTER_INTERVIEW: readonly ContactRole[] = ['interviewer', 'recruiter', 'hiring_manager', 'other'];
export const AFTER_REJECTION: readonly ContactRole[] = ['recruiter', 'hiring_manager', 'interviewer', 'other'];

export function usableEmail(contact: Contact, bounced: ReadonlySet<string>): boolean {
  // Almost no application has a bounce: then the address need not be lower-cased to be looked up.
  return contact.email !== null && (bounced.size === 0 || !bounced.has(contact.email.toLowerCase()));
}

/** Contacts ordered by role preference, keeping the order they were added within a role. */
function byRole(contacts: readonly Contact[], roles: readonly ContactRole[]): readonly Contact[] {
  // Most applications have one contact or none: nothing to order, and no copy to make.
  if (contacts.length < 2) return contacts;
  return [...contacts].sort((a, b) => roles.indexOf(a.role) - roles.indexOf(b.role));
}

/**
 * The person an email should go to: the preferred role with a working address. A bounced address is
 * unusable; a contact with only a phone is no email recipient.
 *
 * @example
 * emailRecipient([recruiter, hiringManager], new Set(), BEFORE_INTERVIEW); // hiringManager
 */
export function emailRecipient(
  contacts: readonly Contact[],
  bounced: ReadonlySet<string>,
  roles: readonly ContactRole[],
): Contact | null {
  for (const c of byRole(contacts, roles)) if (usableEmail(c, bounced)) return c;
  return null;
}

/**
 * A phone that may be called, preferring a direct line and then the given contact. None when the posting
 * says no calls (001): the phone is never used without a number or against the posting.
 */
export function phoneToCall(
  contacts: readonly Contact[],
  policy: ContactPolicy,
  options: { directOnly: boolean; prefer?: Contact | null; roles: readonly ContactRole[] },
): Contact | null {
  if (policy.noCalls || policy.noContact) return null;
  // One pass in role order, keeping the first of each kind: the preferred contact, a direct line, any number.
  const preferId = options.prefer?.id;
  let direct: Contact | null = null;
  let any: Contact | null = null;
  for (const c of byRole(contacts, options.roles)) {
    if (c.phone === null || (options.directOnly && !c.phoneIsDirect)) continue;
    if (preferId !== undefined && c.id === preferId) return c;
    if (c.phoneIsDirect) direct ??= c;
    any ??= c;
  }
  return direct ?? any;
}

export function toActionContact(contact: Contact | null): ActionContact | null {
  return contact ? { id: contact.id, name: contact.name, email: contact.email, phone: contact.phone } : null;
}

/** How a reason names a contact: "Dana Smith", else "the recruiter". */
export function describeContact(contact: Contact | null): string {
  if (!contact) return 'them';
  if (contact.name) return contact.name;
  return contact.role === 'hiring_manager' ? 'the hiring manager' : `the ${contact.role}`;
}
