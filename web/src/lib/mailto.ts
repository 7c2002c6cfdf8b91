/**
 * A `mailto:` link that opens the user's mail app with the draft filled in (RFC 6068). Subject and body are
 * percent-encoded as UTF-8, spaces as `%20` (not `+`, which mail apps show literally), and line breaks as
 * CRLF. The address keeps its `@` so every mail app reads it; anything else unusual in it is encoded.
 *
 * @example
 * mailtoHref('dana@acme.example', 'Hello there', 'Hi Dana,\nThanks'); // 'mailto:dana@acme.example?subject=Hello%20there&body=Hi%20Dana%2C%0D%0AThanks'
 */
export function mailtoHref(to: string | null, subject: string | null, body: string): string {
  const address = (to ?? '').trim();
  const encodedTo = encodeURIComponent(address).replace(/%40/g, '@');
  const params: string[] = [];
  if (subject) params.push(`subject=${encode(subject)}`);
  if (body) params.push(`body=${encode(body)}`);
  return `mailto:${encodedTo}${params.length ? `?${params.join('&')}` : ''}`;
}

function encode(text: string): string {
  return encodeURIComponent(text.replace(/\r\n?/g, '\n').replace(/\n/g, '\r\n'));
}
