/**
 * The headers the classifier, the linker and the pre-filter read. Parsers keep these in `MailMessage.headers`
 * and drop the rest (Received chains, DKIM signatures...), so a year of mail does not keep megabytes of
 * header text alive. A rule that reads a new header must add it here.
 */
export const KEPT_HEADERS: ReadonlySet<string> = new Set([
  'auto-submitted',
  'content-type',
  'list-id',
  'list-post',
  'list-unsubscribe',
  'mailing-list',
  'x-mailing-list',
  'precedence',
  'return-path',
  'sender',
  'x-autoreply',
  'x-autorespond',
  'x-auto-reply',
  'x-autoreply-from',
  'x-mail-autoreply',
  'x-vacation',
  'x-autoresponder',
  'x-auto-response-suppress',
  'x-ms-exchange-inbox-rules-loop',
  'x-apple-action',
  'x-apple-criteria',
  'x-failed-recipients',
  'x-mailer',
]);
