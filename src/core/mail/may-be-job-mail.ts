import { relayForDomain } from './ats-domains';
import { domainOf, normaliseMessageId, type MailHeaders } from './mail-message';
import { mailingListEvidence } from './sender-signals';

/** Subject words of job mail in the languages the classifier reads. Broad on purpose: a miss is lost mail. */
const JOB_SUBJECT =
  /\b(?:applications?|applying|applied|apply|interviews?|positions?|roles?|candidates?|candidacy|recruit\w*|hiring|hire|jobs?|offer|careers?|vacanc(?:y|ies)|opportunit(?:y|ies)|talent|your interest|next steps?|shortlist\w*|assessment|onboarding|bewerbung\w*|stelle|vorstellungsgespräch|candidature|entretien|poste|sollicitatie|vacature|gesprek)\b/i;

/** Subjects and senders of bounces and auto-replies, which may be answers to our own follow-ups. */
const DELIVERY_OR_AUTO_SUBJECT =
  /\b(?:undeliver\w*|delivery (?:status|failure|failed|notification)|returned mail|failure notice|mail delivery|auto(?:matic)?[ -]?(?:reply|response)|out of (?:the )?office|abwesen\w*|absence|vacation)\b/i;
const DAEMON = /^(?:mailer-daemon|postmaster|mail-daemon)@/i;
const AUTO_HEADERS = [
  'auto-submitted',
  'x-autoreply',
  'x-autorespond',
  'x-auto-reply',
  'x-failed-recipients',
];

/** What the caller already knows, so that mail in a known thread or from a known person is never skipped. */
export interface JobMailHints {
  knownAddresses?: ReadonlySet<string>;
  sentMessageIds?: ReadonlySet<string>;
  /** Domains of the companies applied to (not free mail, not relays): a recruiter's colleague writes from them. */
  companyDomains?: ReadonlySet<string>;
  /**
   * Whether bounces and auto-replies with no job word in their subject are kept (default true). A backfill
   * passes false: it creates nothing from automated mail it cannot tie to an application, and ties it by
   * thread or address, which the hints above already check. The live inbox keeps them all.
   */
  unlinkedAutomated?: boolean;
}

/**
 * A cheap, headers-only pre-filter for the mbox import: false means the body need not be parsed because the
 * message cannot be job mail (mailing lists, newsletters, everything with no job word, relay or automation
 * sign). It favours recall; the classifier decides on the full message.
 *
 * @example
 * mayBeJobMail({ ...headers, subject: 'Thank you for applying to Acme' }); // true
 * mayBeJobMail({ ...headers, subject: '[VOTE] Release 2.1', headers: { 'list-id': ['<dev.x.org>'] } }); // false
 */
export function mayBeJobMail(headers: MailHeaders, hints: JobMailHints = {}): boolean {
  const from = headers.from?.address.toLowerCase() ?? '';
  if (hints.knownAddresses?.has(from)) return true;
  if (hints.sentMessageIds) {
    for (const id of [headers.inReplyTo, ...headers.references]) {
      const key = normaliseMessageId(id);
      if (key && hints.sentMessageIds.has(key)) return true;
    }
  }
  if (mailingListEvidence(headers.headers)) return false;
  const domain = domainOf(from);
  if (domain && hints.companyDomains?.has(domain)) return true;
  const relay = relayForDomain(domain);
  if (relay?.kind === 'ats') return true;
  if (JOB_SUBJECT.test(headers.subject)) return true;
  const failed = headers.headers['x-failed-recipients']?.[0]?.toLowerCase();
  if (failed && hints.knownAddresses && failed.split(/[\s,]+/).some((a) => hints.knownAddresses?.has(a)))
    return true;
  if (hints.unlinkedAutomated === false) return false;
  if (DAEMON.test(from) || DELIVERY_OR_AUTO_SUBJECT.test(headers.subject)) return true;
  return AUTO_HEADERS.some((name) => {
    const value = headers.headers[name]?.[0];
    return value !== undefined && !/^\s*no\b/i.test(value);
  });
}
