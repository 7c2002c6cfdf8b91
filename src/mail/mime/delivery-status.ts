import type { DsnRecipient } from '../../core/mail/mail-message';
import { parseHeaderFields } from './header-block';

const DSN_FIELDS: ReadonlySet<string> = new Set([
  'action',
  'status',
  'final-recipient',
  'original-recipient',
  'diagnostic-code',
]);

function withoutType(value: string | undefined): string | null {
  if (!value) return null;
  const stripped = value
    .replace(/^\s*[\w-]+\s*;\s*/, '')
    .trim()
    .replace(/^<|>$/g, '');
  return stripped === '' ? null : stripped;
}

/**
 * Reads the per-recipient blocks of a `message/delivery-status` part (RFC 3464 section 2.3). The first block
 * is about the reporting MTA and is skipped unless it also names a recipient, which some MTAs do.
 *
 * @example
 * parseDeliveryStatus('Reporting-MTA: dns; mx\n\nFinal-Recipient: rfc822; a@b.example\nAction: failed\nStatus: 5.1.1\n');
 * // [{ action: 'failed', status: '5.1.1', finalRecipient: 'a@b.example', diagnostic: null }]
 */
export function parseDeliveryStatus(text: string): DsnRecipient[] {
  const recipients: DsnRecipient[] = [];
  for (const block of text.replace(/\r\n/g, '\n').split(/\n[ \t]*\n/)) {
    const fields = new Map(parseHeaderFields(block.trim(), DSN_FIELDS).fields);
    const finalRecipient = withoutType(fields.get('final-recipient') ?? fields.get('original-recipient'));
    const status = /\b[245]\.\d{1,3}\.\d{1,3}\b/.exec(fields.get('status') ?? '')?.[0] ?? null;
    const action = fields.get('action')?.trim().toLowerCase().split(/\s/)[0] ?? null;
    if (!finalRecipient && !status && !action) continue;
    recipients.push({
      action,
      status,
      finalRecipient: finalRecipient?.toLowerCase() ?? null,
      diagnostic: fields.get('diagnostic-code')?.slice(0, 500) ?? null,
    });
  }
  return recipients;
}
