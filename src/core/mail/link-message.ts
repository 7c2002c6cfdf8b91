import { isFreeMailDomain, relayForDomain } from './ats-domains';
import { compactCompanyName, companyMatcher, mentionsCompany, normaliseCompanyName } from './company-name';
import { domainOf, normaliseMessageId, type MailMessage } from './mail-message';

export type LinkVia = 'thread' | 'contact' | 'domain' | 'ats_subject';

export interface LinkKnowledge {
  /** Message-IDs hearback sent (any bracket style), each with its application. */
  sentMessageIds: ReadonlyMap<string, string>;
  contacts: readonly { email: string; applicationId: string }[];
  applications: readonly { id: string; company: string; companyDomains?: readonly string[] }[];
}

export interface MailLink {
  applicationId: string;
  via: LinkVia;
  confidence: number;
}

/** Knowledge prepared for many look-ups, as an import over a year of mail needs. */
export interface LinkIndex {
  readonly sent: ReadonlyMap<string, string>;
  readonly contacts: ReadonlyMap<string, readonly string[]>;
  readonly applications: readonly {
    id: string;
    company: string;
    normalised: string;
    compact: string;
    domains: readonly string[];
  }[];
}

/**
 * Prepares link knowledge once: ids without brackets, addresses lower-cased, company names normalised.
 *
 * @example
 * const index = buildLinkIndex({ sentMessageIds: new Map([['<a@x>', 'app1']]), contacts: [], applications: [] });
 */
export function buildLinkIndex(knowledge: LinkKnowledge): LinkIndex {
  const sent = new Map<string, string>();
  for (const [id, app] of knowledge.sentMessageIds) {
    const key = normaliseMessageId(id);
    if (key) sent.set(key, app);
  }
  const contacts = new Map<string, string[]>();
  for (const c of knowledge.contacts) {
    const key = c.email.trim().toLowerCase();
    const list = contacts.get(key) ?? [];
    if (!list.includes(c.applicationId)) list.push(c.applicationId);
    contacts.set(key, list);
  }
  const applications = knowledge.applications.map((a) => ({
    id: a.id,
    company: a.company,
    normalised: normaliseCompanyName(a.company),
    compact: compactCompanyName(a.company),
    domains: (a.companyDomains ?? []).map((d) => d.toLowerCase().replace(/^@|^\*\./g, '')),
  }));
  return { sent, contacts, applications };
}

function isIndex(value: LinkKnowledge | LinkIndex): value is LinkIndex {
  return 'sent' in value;
}

function byThread(msg: MailMessage, index: LinkIndex): MailLink | null {
  const candidates: [string | null, number][] = [
    [msg.inReplyTo, 0.98],
    ...[...msg.references].reverse().map((r): [string, number] => [r, 0.95]),
    [msg.original?.messageId ?? null, 0.95],
  ];
  for (const [raw, confidence] of candidates) {
    const app = index.sent.get(normaliseMessageId(raw) ?? '');
    if (app) return { applicationId: app, via: 'thread', confidence };
  }
  return null;
}

/** Among applications sharing a contact or a domain, the subject names the one meant, if any. */
function pick(
  ids: readonly string[],
  msg: MailMessage,
  index: LinkIndex,
  via: LinkVia,
  sure: number,
): MailLink | null {
  if (ids.length === 0) return null;
  const first = ids[0] as string;
  if (ids.length === 1) return { applicationId: first, via, confidence: sure };
  const named = index.applications.filter(
    (a) => ids.includes(a.id) && mentionsCompany(msg.subject, a.company),
  );
  return { applicationId: named[0]?.id ?? first, via, confidence: named.length === 1 ? sure - 0.1 : 0.5 };
}

function byContact(msg: MailMessage, index: LinkIndex): MailLink | null {
  const addresses = [msg.from, msg.replyTo, ...(msg.original?.to ?? [])].filter((a) => a !== null);
  for (const a of addresses) {
    const found = pick(index.contacts.get(a.address.toLowerCase()) ?? [], msg, index, 'contact', 0.9);
    if (found) return found;
  }
  return null;
}

function domainMatches(domain: string, app: LinkIndex['applications'][number]): boolean {
  if (app.domains.some((d) => domain === d || domain.endsWith(`.${d}`))) return true;
  // Without recorded domains, a label equal to the company name run together ("acme" in careers.acme.com) will do.
  return app.compact.length >= 3 && domain.split('.').slice(0, -1).includes(app.compact);
}

function byDomainOrRelay(msg: MailMessage, index: LinkIndex): MailLink | null {
  const domain = domainOf(msg.from?.address);
  if (!domain || isFreeMailDomain(domain)) return null;
  if (relayForDomain(domain)) {
    const sources: [string, number][] = [
      [msg.subject, 0.75],
      [msg.from?.name ?? '', 0.7],
      [msg.text.slice(0, 3000), 0.6],
    ];
    for (const [text, confidence] of sources) {
      // One pass over the text, then a substring search per application: an import links thousands of
      // relay messages against hundreds of applications.
      const names = companyMatcher(text);
      const named = index.applications.filter((a) => names(a.normalised));
      // The longest name wins, so that "Acme Robotics" beats "Acme" when both are applications.
      const best = named.sort((a, b) => b.normalised.length - a.normalised.length)[0];
      if (best) return { applicationId: best.id, via: 'ats_subject', confidence };
    }
    return null;
  }
  const ids = index.applications.filter((a) => domainMatches(domain, a)).map((a) => a.id);
  return pick(ids, msg, index, 'domain', 0.8);
}

/**
 * Links a message to an application: by thread (In-Reply-To, References, or the returned copy of a bounce)
 * against the Message-IDs hearback sent, then by a known contact's address, then by the sender's domain
 * against the company, and for ATS relays by the company named in the subject, sender name or body.
 *
 * @example
 * linkMessage(msg, { sentMessageIds: new Map([['<f1@me.example>', 'app1']]), contacts: [], applications: [] });
 * // { applicationId: 'app1', via: 'thread', confidence: 0.98 } when msg.inReplyTo is 'f1@me.example'
 */
export function linkMessage(msg: MailMessage, knowledge: LinkKnowledge | LinkIndex): MailLink | null {
  const index = isIndex(knowledge) ? knowledge : buildLinkIndex(knowledge);
  return byThread(msg, index) ?? byContact(msg, index) ?? byDomainOrRelay(msg, index);
}
