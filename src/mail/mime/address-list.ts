import { addressParser } from 'postal-mime';
import type { Address } from 'postal-mime';
import type { MailAddress } from '../../core/mail/mail-message';

/** `Name <addr>` or a bare `addr`: the shape of nearly every address field in practice. */
const SIMPLE = /^\s*(?:([^<>]*?)\s*<([^<>\s]+)>|([^<>\s]+))\s*$/;
/** Anything that needs the full RFC 5322 parser: quotes, comments, groups, encoded words, escapes. */
const COMPLEX = /["(:;\\]|=\?/;

function mailboxes(list: readonly Address[], out: MailAddress[]): void {
  for (const a of list) {
    if (a.group) mailboxes(a.group, out);
    else if (a.address && /^[^\s<>]+$/.test(a.address))
      out.push({ name: a.name.trim(), address: a.address.toLowerCase() });
    // A bare word such as `From: mailer-daemon` parses as a name; it is the local part of an address.
    else if (!a.address && /^[^\s@<>"]+$/.test(a.name)) out.push({ name: '', address: a.name.toLowerCase() });
  }
}

/**
 * Parses an address field. The common shapes are read with one regular expression per address; anything
 * with quotes, comments, groups or encoded words goes to postal-mime's full parser. Both give lower-cased
 * addresses and trimmed names, and skip entries that are not addresses.
 *
 * @example
 * parseAddressList('Jane Doe <Jane@X.example>, b@y.example');
 * // [{ name: 'Jane Doe', address: 'jane@x.example' }, { name: '', address: 'b@y.example' }]
 */
export function parseAddressList(value: string): MailAddress[] {
  const out: MailAddress[] = [];
  if (COMPLEX.test(value)) {
    mailboxes(addressParser(value), out);
    return out;
  }
  for (const part of value.includes(',') ? value.split(',') : [value]) {
    const match = SIMPLE.exec(part);
    if (!match) {
      if (part.trim() !== '') mailboxes(addressParser(part), out);
      continue;
    }
    const address = (match[2] ?? match[3] ?? '').toLowerCase();
    out.push({ name: (match[1] ?? '').trim(), address });
  }
  return out;
}
