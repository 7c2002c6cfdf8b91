import { isFreeMailDomain, relayForDomain } from '../../core/mail/ats-domains';
import { buildLinkIndex, type LinkIndex } from '../../core/mail/link-message';
import { domainOf } from '../../core/mail/mail-message';
import { OPEN_POLICY, type AppEvent, type Application } from '../../core/model';
import type { IdGenerator } from '../../ports/ids';
import type { MailKnowledge } from './link-knowledge';

/**
 * What an mbox import knows as it reads: the store's applications and contacts, plus the applications it
 * has decided to create from acknowledgements, so that a reply later in the same file links to them before
 * they are written. The link index is built once and grows by one entry per new application.
 */
export class ImportWorld {
  private readonly knowledge: MailKnowledge;
  private readonly built: LinkIndex;
  private readonly applications: LinkIndex['applications'][number][];

  constructor(knowledge: MailKnowledge) {
    this.knowledge = knowledge;
    const index = buildLinkIndex(knowledge);
    this.applications = [...index.applications];
    this.built = { ...index, applications: this.applications };
  }

  get appliedAt(): MailKnowledge['appliedAt'] {
    return this.knowledge.appliedAt;
  }

  get contacts(): MailKnowledge['contactList'] {
    return this.knowledge.contactList;
  }

  index(): LinkIndex {
    return this.built;
  }

  /**
   * An application for an acknowledgement, applied when the message was sent, with its `applied` event.
   * The sender's domain, when it is the company's own, links the company's later mail to it.
   */
  createApplication(ids: IdGenerator, found: { company: string; role: string | null; at: string; from: string | null }, now: string): { application: Application; applied: AppEvent } {
    const application: Application = {
      id: ids.next('app'),
      company: found.company,
      role: found.role ?? 'Role not stated',
      postingUrl: null,
      postingText: null,
      source: 'email',
      location: null,
      country: null,
      region: null,
      timezone: null,
      stage: 'applied',
      playbook: null,
      policy: OPEN_POLICY,
      decisionBy: null,
      deadline: null,
      createdAt: now,
      appliedAt: found.at,
      updatedAt: now,
    };
    const applied = { id: ids.next('event'), applicationId: application.id, kind: 'applied', at: found.at, note: null, source: 'import', createdAt: now, data: {} } as AppEvent;
    const domain = domainOf(found.from);
    const own = domain && !isFreeMailDomain(domain) && !relayForDomain(domain) ? [domain] : [];
    const entry = buildLinkIndex({ sentMessageIds: new Map(), contacts: [], applications: [{ id: application.id, company: application.company, companyDomains: own }] }).applications;
    this.applications.push(...entry);
    this.knowledge.appliedAt.set(application.id, application.appliedAt);
    return { application, applied };
  }
}
