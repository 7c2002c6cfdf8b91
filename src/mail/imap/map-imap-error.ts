import { AppError } from '../../core/app-error';
import type { ServerSettings } from '../../ports/mail-kit';
import { connectionError, loginRefused } from '../connection-errors';

interface ImapFlowErrorShape {
  authenticationFailed?: boolean;
  serverResponseCode?: string;
  responseText?: string;
  message?: string;
}

/** Turns an imapflow error into our codes: a refused login, a connection problem, or another failure. */
export function mapImapError(error: unknown, server: ServerSettings, fallback: 'mail_connect' | 'mail_unverifiable' = 'mail_connect'): AppError {
  if (error instanceof AppError) return error;
  const e = (error ?? {}) as ImapFlowErrorShape;
  if (e.authenticationFailed || e.serverResponseCode === 'AUTHENTICATIONFAILED') {
    return loginRefused('IMAP', server, e.responseText ?? '', error);
  }
  const connection = connectionError(error, server, 'IMAP');
  if (connection) return connection;
  const said = e.responseText ?? e.message ?? String(error);
  return new AppError(fallback, `IMAP: ${said}`, { cause: error, details: { reason: 'other', host: server.host, port: server.port } });
}
