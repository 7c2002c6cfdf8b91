import { AppError } from '../../core/app-error';
import type { ServerSettings } from '../../ports/mail-kit';
import { connectionError, loginRefused, noStartTls } from '../connection-errors';

/** SMTP commands before DATA: a failure there proves the message was not handed over. */
const BEFORE_DATA = /^(?:CONN|EHLO|HELO|LHLO|STARTTLS|AUTH|MAIL|RCPT|RSET)/i;

interface NodemailerError {
  code?: string;
  responseCode?: number;
  command?: string;
  response?: string;
  message?: string;
}

/**
 * Turns a nodemailer error into our codes. `ambiguous` is set when the connection failed during or after
 * DATA, since the server may have accepted the message before the failure reached us.
 */
export function mapSmtpError(error: unknown, server: ServerSettings): AppError {
  const e = (error ?? {}) as NodemailerError;
  const command = e.command ?? '';
  const base = { smtpCode: e.responseCode ?? null, command: command || null, response: e.response ?? null };
  if (e.code === 'EAUTH') return loginRefused('SMTP', server, e.response ?? '', error);
  // A server without STARTTLS answers the command as unknown; that is a setting to change, not a refusal.
  if (/^STARTTLS/i.test(command) || (e.code === 'ETLS' && /starttls/i.test(e.message ?? ''))) return noStartTls('SMTP', server, error);
  if (typeof e.responseCode === 'number' && e.responseCode >= 400) {
    const said = (e.response ?? e.message ?? '').trim();
    if (e.responseCode < 500) {
      return new AppError('mail_temporary', `SMTP: the server deferred the message (${said}); hearback will try again`, { cause: error, details: { ...base, ambiguous: false } });
    }
    return new AppError('mail_permanent', `SMTP: the server refused the message (${said})`, { cause: error, details: { ...base, ambiguous: false } });
  }
  const ambiguous = !BEFORE_DATA.test(command);
  const connection = connectionError(error, server, 'SMTP');
  if (connection) {
    return new AppError(connection.code, connection.message, { cause: error, details: { ...connection.details, ...base, ambiguous } });
  }
  return new AppError('mail_connect', `SMTP: ${e.message ?? String(error)}`, { cause: error, details: { ...base, ambiguous, reason: 'other' } });
}
