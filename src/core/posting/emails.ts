import type { PostingFinding } from './types';

/*
 * A practical address pattern rather than RFC 5322: a dot-atom local part and a dotted host name whose last
 * label is alphabetic. Every repetition is bounded and labels cannot contain dots, so a long run of letters or
 * dots costs linear time. The lookbehind keeps "abc.jobs@x.com" from being read as "jobs@x.com".
 */
const EMAIL =
  /(?<![\p{L}\p{N}._%+-])[A-Za-z0-9_%+-](?:[A-Za-z0-9._%+-]{0,62}[A-Za-z0-9_%+-])?@(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.){1,8}[A-Za-z]{2,24}(?![\p{L}\p{N}-]|\.[\p{L}\p{N}])/gu;

const MAX_AT_SIGNS = 400;
const LOCAL_CHAR = /[\p{L}\p{N}._%+-]/u;
/** Names a posting uses as placeholders ("name@example.com"), never a real contact. */
const PLACEHOLDER_DOMAIN = /@(?:[a-z0-9-]+\.)*(?:example|domain|yourdomain|yourcompany)\.(?:com|org|net)$/i;

/**
 * Finds e-mail addresses. The value is the address with its domain in lower case, as mail servers treat it.
 *
 * @example
 * findEmails('Send your CV to Jane.Doe@Acme.com.');
 * // [{ kind: 'email', start: 16, end: 33, text: 'Jane.Doe@Acme.com', value: 'Jane.Doe@acme.com' }]
 */
export function findEmails(text: string): PostingFinding[] {
  const findings: PostingFinding[] = [];
  let searched = 0;
  // Addresses are matched only in a window around each "@", which keeps long texts without one cheap.
  for (let at = text.indexOf('@'); at >= 0 && searched < MAX_AT_SIGNS; at = text.indexOf('@', at + 1)) {
    searched += 1;
    const from = Math.max(0, at - 64, findings.at(-1)?.end ?? 0);
    const window = text.slice(from, at + 256);
    for (const match of window.matchAll(EMAIL)) {
      const start = from + match.index;
      const address = match[0];
      if (start + address.indexOf('@') !== at || LOCAL_CHAR.test(text.charAt(start - 1))) continue;
      if (address.includes('..') || PLACEHOLDER_DOMAIN.test(address)) continue;
      const atInAddress = address.lastIndexOf('@');
      const value = address.slice(0, atInAddress) + address.slice(atInAddress).toLowerCase();
      findings.push({ kind: 'email', start, end: start + address.length, text: address, value });
    }
  }
  return findings;
}
