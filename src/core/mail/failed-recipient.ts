import type { MailMessage } from './mail-message';

const ADDRESS = /<?([a-z0-9.!#$%&'*+/=?^_`{|}~-]+@[a-z0-9-]+(?:\.[a-z0-9-]+)+)>?/gi;
const DAEMON_LOCAL =
  /^(?:mailer-daemon|post_?master|poostmaster|mail-daemon|mailerdaemon|abuse|noreply|no-reply|bounces?)$/i;
/** Header lines of a quoted original message: the addresses on them are not the failed recipient. */
const SKIP_LINE =
  /^\s*(?:message-id|references|in-reply-to|received|return-path|from|sender|reply-to|reporting-mta|received-from-mta|x-[\w-]+|dkim-signature|arrival-date|date|by|with|id|for)\b/i;
/** Bounce texts stop describing the failure where they start quoting the message. */
const ORIGINAL_MARKER =
  /^\s*(?:-+\s*)?(?:original message|below this line is a copy|this is a copy of the message|the original message|------ this is a copy|content-type: message\/rfc822|--- the header of the original|original message headers)/im;

function cleanRecipient(value: string): string | null {
  const stripped = value
    .replace(/^\s*rfc822\s*;\s*/i, '')
    .trim()
    .replace(/^<|>$/g, '')
    .toLowerCase();
  return /^[^\s@]+@[^\s@]+$/.test(stripped) ? stripped : null;
}

/**
 * Finds the address that could not be reached, trying in order: the delivery-status report, the
 * X-Failed-Recipients header, an address named in the failure text, and the recipient of the returned copy.
 * The user's own addresses and the mailer daemon's are never the answer.
 *
 * @example
 * findFailedRecipient(createMailMessage({ to: [{ name: '', address: 'me@home.example' }] }), null, '<jane@acme.example>: user unknown');
 * // 'jane@acme.example'
 */
export function findFailedRecipient(
  msg: MailMessage,
  failedHeader: string | null,
  rawText: string,
): string | null {
  const fromDsn =
    msg.dsn.find((d) => d.action === 'failed' && d.finalRecipient) ?? msg.dsn.find((d) => d.finalRecipient);
  const dsnRecipient = fromDsn?.finalRecipient ? cleanRecipient(fromDsn.finalRecipient) : null;
  if (dsnRecipient) return dsnRecipient;
  const header = failedHeader ? cleanRecipient(failedHeader.split(',')[0] ?? '') : null;
  if (header) return header;
  // Amazon SES bounce notifications are JSON, sometimes nested in an SNS envelope with escaped quotes.
  const ses = /\\?"emailaddress\\?"\s*:\s*\\?"([^"\\\s]+@[^"\\\s]+)/i.exec(rawText)?.[1];
  if (ses) return ses.toLowerCase();
  const own = new Set([...msg.to, ...msg.cc].map((a) => a.address.toLowerCase()));
  if (msg.from) own.add(msg.from.address.toLowerCase());
  const marker = ORIGINAL_MARKER.exec(rawText);
  const failureText = rawText.slice(0, marker ? marker.index : 8000);
  for (const line of failureText.split(/\r?\n/)) {
    if (SKIP_LINE.test(line)) continue;
    for (const match of line.matchAll(ADDRESS)) {
      const address = (match[1] ?? '').toLowerCase();
      const local = address.slice(0, address.indexOf('@'));
      if (!own.has(address) && !DAEMON_LOCAL.test(local)) return address;
    }
  }
  const originalTo = msg.original?.to.find((a) => !own.has(a.address.toLowerCase()));
  return originalTo ? originalTo.address.toLowerCase() : null;
}
