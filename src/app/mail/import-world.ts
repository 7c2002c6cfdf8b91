import { isFreeMailDomain, relayForDomain } from '../../core/mail/ats-domains';
import { buildLinkIndex, type LinkIndex } from '../../core/mail/link-message';
import { domainOf, normaliseMessageId, type MailHeaders } from '../../core/mail/mail-message';
import { OPEN_POLICY, type AppEvent, type Application } from '../../core/model';
import type { IdGenerator } from '../../ports/ids';
import type { MailKnowledge } from './link-knowledge';

/**
 * What an mbox import knows as it reads: the store's applications and contacts, plus the applications it
 * has decided to create from acknowledgements, so that a reply later in the same file links to them before
 * they are written. The link index is built once and grows by one entry per new application. It also
 * learns threads: the message an application came from, and the user's own messages answering one, so a
 * reply to the user's follow-up links by thread and passes the header pre-filter.
 */
export class ImportWorld {
  private readonly knowledge: MailKnowledge;
  private readonly built: LinkIndex;
  private readonly applications: LinkIndex['applications'][number][];
  private readonly sent: Map<string, string>;
  private readonly contactIndex: Map<string, readonly string[]>;
  /** Messages tied to an application (its acknowledgement, linked mail), by Message-ID without brackets. */
  private readonly threads = new Map<string, string>();
  /** The pre-filter's hints, which grow as the import reads. */
  readonly hints: { knownAddresses: Set<string>; sentMessageIds: Set<string>; companyDomains: Set<string> };

  constructor(knowledge: MailKnowledge) {
    this.knowledge = knowledge;
    const index = buildLinkIndex(knowledge);
    this.applications = [...index.applications];
    this.sent = new Map(index.sent);
    this.contactIndex = new Map(index.contacts);
    this.built = { ...index, sent: this.sent, contacts: this.contactIndex, applications: this.applications };
    this.hints = { knownAddresses: knowledge.knownAddresses, sentMessageIds: knowledge.sentIds, companyDomains: new Set(this.applications.flatMap((a) => a.domains)) };
  }

  /**
   * Remembers that a message belongs to an application, so the user's answer to it does too. A person who
   * wrote in the application's thread, or the company address its acknowledgement came from, is its contact
 * from then on: their later mail links by address.
   */
  attribute(messageId: string | null, applicationId: string, person: string | null = null): void {
    const key = normaliseMessageId(messageId);
    if (key) this.threads.set(key, applicationId);
    const address = person?.toLowerCase();
    // An ATS relay's address speaks for every company on it: it is never one application's contact.
    if (!address || this.contactIndex.has(address) || relayForDomain(domainOf(address))) return;
    this.contactIndex.set(address, [applicationId]);
    this.hints.knownAddresses.add(address);
  }

  /**
   * Learns from the headers of a message the user sent: its Message-ID is kept as a hint, and when it
   * answers a message of a known application, replies to it link to that application by thread.
   */
  learnOwn(headers: MailHeaders): void {
    const id = normaliseMessageId(headers.messageId);
    if (!id) return;
    this.hints.sentMessageIds.add(id);
    for (const ref of [headers.inReplyTo, ...[...headers.references].reverse()]) {
      const key = normaliseMessageId(ref) ?? '';
      const app = this.threads.get(key) ?? this.sent.get(key);
      if (app) {
        this.sent.set(id, app);
        this.threads.set(id, app);
        return;
      }
    }
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
    for (const d of own) this.hints.companyDomains.add(d);
    this.knowledge.appliedAt.set(application.id, application.appliedAt);
    return { application, applied };
  }
}
