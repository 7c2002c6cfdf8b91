import type { HeaderMap, MailAddress } from './mail-message';
import type { Evidence } from './phrase-rules';

/** Local parts that no person reads: notifications, newsletters, robots. */
const SYSTEM_LOCAL =
  /^(?:no-?reply|do-?not-?reply|donotreply|noreply-[\w-]+|[\w.-]*-noreply|notifications?|notify|alerts?|newsletters?|news|digest|updates|mailer|mailer-daemon|postmaster|bounces?|automated|system|info-noreply|reply-[\w-]{16,})(?:[+.-][\w.-]*)?$/;

/**
 * True for sender addresses that are machines rather than people. ATS relays are not in this list: a
 * recruiter's message relayed by Greenhouse is still a person writing.
 *
 * @example
 * isSystemSender('no-reply@acme.example'); // true
 */
export function isSystemSender(address: MailAddress | null): boolean {
  if (!address) return false;
  const local = address.address.slice(0, address.address.indexOf('@')).toLowerCase();
  return SYSTEM_LOCAL.test(local);
}

/**
 * Mailing-list mail carries RFC 2369/2919 list headers or `Precedence: list`. `List-Unsubscribe` alone is not
 * enough: ATS platforms and transactional senders add it to one-to-one mail too.
 *
 * @example
 * mailingListEvidence({ 'list-id': ['<dev.hadoop.apache.org>'] }); // { rule: 'header.list-id', ... }
 */
export function mailingListEvidence(headers: HeaderMap): Evidence | null {
  for (const name of ['list-id', 'list-post', 'mailing-list', 'x-mailing-list']) {
    const value = headers[name]?.[0];
    if (value !== undefined) return { rule: `header.${name}`, detail: value.slice(0, 100) };
  }
  const precedence = (headers.precedence?.[0] ?? '').trim().toLowerCase();
  if (precedence === 'list') return { rule: 'header.precedence', detail: precedence };
  return null;
}

/** Words that make an otherwise plain message about a job application. */
export const JOB_VOCABULARY =
  /\b(?:applications?|applying|applied|applicants?|positions?|roles?|interviews?|candidates?|candidacy|recruit(?:er|ers|ing|ment)|hiring|talent|cv|resume|résumé|vacanc(?:y|ies)|job|jobs|opening|offer|onboarding|bewerbung|stelle|candidature|poste|sollicitatie|vacature)\b/;

/**
 * Words that put a person's message in a hiring conversation. Narrower than JOB_VOCABULARY, whose "job",
 * "role" and "offer" are everyday words on developer lists; this is what makes an unlinked reply worth a look.
 */
export const HIRING_VOCABULARY =
  /\b(?:interview(?:s|ed|ing|er|ers)?|(?<!release )candidate|candidacy|recruit(?:er|ers|ing|ment)|hiring (?:manager|team|process)|your application|the (?:position|role|vacancy|opening)|your (?:cv|resume|résumé)|job (?:offer|opening|application)|offer letter|bewerbung|vorstellungsgespräch|candidature|entretien|sollicitatie)\b/;

/** Subjects of replies and forwards in the languages the classifier knows. */
export const REPLY_SUBJECT = /^(?:re|aw|sv|antw|réf|ref|r|rif|vs|odp|fw|fwd|wg|tr)\s*(?:\[\d+\])?\s*:/;
