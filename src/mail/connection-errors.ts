import { AppError } from '../core/app-error';
import type { ServerSettings } from '../ports/mail-kit';

const CERTIFICATE_CODES = new Set([
  'CERT_HAS_EXPIRED',
  'CERT_NOT_YET_VALID',
  'DEPTH_ZERO_SELF_SIGNED_CERT',
  'SELF_SIGNED_CERT_IN_CHAIN',
  'UNABLE_TO_VERIFY_LEAF_SIGNATURE',
  'UNABLE_TO_GET_ISSUER_CERT_LOCALLY',
  'ERR_TLS_CERT_ALTNAME_INVALID',
  'CERT_UNTRUSTED',
]);

/** The codes and messages of an error and its causes, lower-cased messages joined for matching. */
function facts(error: unknown): { codes: string[]; text: string } {
  const codes: string[] = [];
  const messages: string[] = [];
  for (let e: unknown = error, depth = 0; e && depth < 5; depth++) {
    const record = e as { code?: unknown; message?: unknown; cause?: unknown };
    if (typeof record.code === 'string') codes.push(record.code);
    if (typeof record.message === 'string') messages.push(record.message);
    e = record.cause;
  }
  return { codes, text: messages.join(' | ').toLowerCase() };
}

/** The ports that speak TLS from the first byte, and the plain ones that upgrade with STARTTLS. */
function tlsAdvice(protocol: 'SMTP' | 'IMAP'): string {
  return protocol === 'SMTP'
    ? 'use security "tls" on port 465, or "starttls" on port 587'
    : 'use security "tls" on port 993, or "starttls" on port 143';
}

/**
 * Names a failure to reach a mail server in words a user can act on: refused, unknown host, timeout, a TLS
 * mismatch between the port and the security setting, or an untrusted certificate. Returns null for errors
 * that are not about the connection (a login refused, an SMTP reply).
 *
 * @example
 * connectionError(err, { host: 'imap.example.com', port: 143, security: 'tls', user: 'a' }, 'IMAP');
 * // AppError mail_connect: "imap.example.com:143 does not speak TLS from the first byte: use security ..."
 */
export function connectionError(error: unknown, server: ServerSettings, protocol: 'SMTP' | 'IMAP'): AppError | null {
  const { codes, text } = facts(error);
  // Some libraries wrap the socket error in their own code and keep the system code only in the message.
  const has = (code: string) => codes.includes(code) || text.includes(code.toLowerCase());
  const where = `${server.host}:${server.port}`;
  const make = (reason: string, message: string) =>
    new AppError('mail_connect', `${protocol}: ${message}`, { cause: error, details: { reason, protocol, host: server.host, port: server.port } });
  if (/starttls/.test(text) && /not support|not recogni[sz]ed|unrecogni[sz]ed|not (?:available|offered|advertised)|not implemented/.test(text)) {
    return noStartTls(protocol, server, error);
  }
  const certificate = codes.find((c) => CERTIFICATE_CODES.has(c));
  if (certificate || /certificate|self[- ]signed/.test(text)) {
    return make('certificate', `the certificate of ${server.host} is not trusted (${certificate ?? 'invalid certificate'}): check the host name; self-signed certificates are refused`);
  }
  if (/wrong version number|packet length too long|unknown protocol|ssl routines|eproto|tls.*handshake|before secure tls connection/.test(text)) {
    return make('tls_mismatch', `${where} does not speak TLS the way security "${server.security}" expects: ${tlsAdvice(protocol)}`);
  }
  if (has('ECONNREFUSED')) return make('refused', `nothing accepts connections at ${where} (connection refused): check the host and the port`);
  if (has('ENOTFOUND') || has('EAI_AGAIN') || codes.includes('EDNS')) {
    return make('unknown_host', `the host ${server.host} was not found: check its spelling and your network`);
  }
  if (has('EHOSTUNREACH') || has('ENETUNREACH')) return make('unreachable', `${where} cannot be reached from this network`);
  if (/greeting/.test(text) && (/timeout|timed out/.test(text) || codes.includes('ETIMEDOUT') || codes.includes('ETIMEOUT'))) {
    return make('no_greeting', `${where} accepted the connection but never greeted: if the port expects TLS from the first byte, ${tlsAdvice(protocol)}`);
  }
  if (codes.some((c) => /TIMEDOUT|TIMEOUT/.test(c)) || /timed? ?out/.test(text)) {
    return make('timeout', `no answer from ${where} in time: check the port, and that a firewall lets it through`);
  }
  if (has('ECONNRESET') || has('EPIPE') || /connection (closed|reset)|socket (closed|hang up)|unexpected close/.test(text)) {
    return make('closed', `${where} closed the connection: check the port and the security setting`);
  }
  return null;
}

/**
 * The server does not offer STARTTLS on this port, so security "starttls" cannot work here. Said plainly,
 * since the libraries report it as an unknown command or a refused message.
 */
export function noStartTls(protocol: 'SMTP' | 'IMAP', server: ServerSettings, cause: unknown): AppError {
  return new AppError(
    'mail_connect',
    `${protocol}: ${server.host}:${server.port} does not offer STARTTLS, so security "starttls" cannot work there: ${tlsAdvice(protocol)}`,
    { cause, details: { reason: 'no_starttls', protocol, host: server.host, port: server.port } },
  );
}

/** The advice for a refused login, the commonest setup mistake. */
export function loginRefused(protocol: 'SMTP' | 'IMAP', server: ServerSettings, detail: string, cause: unknown): AppError {
  return new AppError(
    'mail_auth',
    `${protocol}: login refused for ${server.user} at ${server.host}: check the user name; for Gmail and Outlook use an app password, not your account password${detail ? ` (server said: ${detail})` : ''}`,
    { cause, details: { reason: 'auth', protocol, host: server.host, port: server.port } },
  );
}
