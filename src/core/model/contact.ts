export const CONTACT_ROLES = ['hiring_manager', 'recruiter', 'interviewer', 'other'] as const;
export type ContactRole = (typeof CONTACT_ROLES)[number];

/** A person at the employer. A bounce on their address is an event, so the address history is kept. */
export interface Contact {
  id: string;
  applicationId: string;
  name: string | null;
  role: ContactRole;
  email: string | null;
  phone: string | null;
  /** The phone reaches this person directly, not a switchboard. */
  phoneIsDirect: boolean;
  createdAt: string;
}
