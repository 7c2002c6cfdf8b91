import { isFreeMailDomain, relayForDomain } from '../../core/mail/ats-domains';
import type { LinkKnowledge } from '../../core/mail/link-message';
import { domainOf, normaliseMessageId } from '../../core/mail/mail-message';
import type { Contact } from '../../core/model';
import type { UserStore } from '../../ports/store';

/** What linking a message needs from the store, and what the mbox pre-filter uses as hints. */
export interface MailKnowledge extends LinkKnowledge {
  contactList: readonly Pick<Contact, 'id' | 'applicationId' | 'email'>[];
  knownAddresses: Set<string>;
  sentIds: Set<string>;
  /** Each application's `appliedAt`: mail dated before it is about something else. */
  appliedAt: Map<string, string | null>;
}

/**
 * Reads the link knowledge: the Message-IDs hearback sent (the outbox, and events that carry one), every
 * contact's address, and each application's company with the domains of its contacts' addresses (not free
 * mail, not an ATS relay), so that mail from a recruiter's colleague links too.
 */
export async function loadMailKnowledge(db: UserStore): Promise<MailKnowledge> {
  const [applications, contacts, events, outbox] = await Promise.all([db.listApplications(), db.listContacts(), db.listEvents(), db.listOutbox()]);
  const sent = new Map<string, string>();
  for (const item of outbox) if (item.state !== 'cancelled' && item.state !== 'queued') sent.set(item.messageId, item.applicationId);
  for (const e of events) {
    const id = 'messageId' in e.data ? normaliseMessageId(e.data.messageId) : null;
    if (id && (e.kind === 'follow_up_sent' || e.kind === 'thank_you_sent')) sent.set(id, e.applicationId);
  }
  const domains = new Map<string, Set<string>>();
  const withEmail = contacts.filter((c): c is Contact & { email: string } => c.email !== null);
  for (const c of withEmail) {
    const domain = domainOf(c.email);
    if (!domain || isFreeMailDomain(domain) || relayForDomain(domain)) continue;
    const set = domains.get(c.applicationId) ?? new Set<string>();
    set.add(domain);
    domains.set(c.applicationId, set);
  }
  return {
    sentMessageIds: sent,
    contacts: withEmail.map((c) => ({ email: c.email, applicationId: c.applicationId })),
    applications: applications.map((a) => ({ id: a.id, company: a.company, companyDomains: [...(domains.get(a.id) ?? [])] })),
    contactList: contacts.map((c) => ({ id: c.id, applicationId: c.applicationId, email: c.email })),
    knownAddresses: new Set(withEmail.map((c) => c.email.toLowerCase())),
    sentIds: new Set(sent.keys()),
    appliedAt: new Map(applications.map((a) => [a.id, a.appliedAt])),
  };
}
