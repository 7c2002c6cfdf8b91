import nodemailer from 'nodemailer';
import type { Mailer } from '../../ports/mailer';
import type { ServerSettings } from '../../ports/mail-kit';
import { buildRawMessage } from './build-raw-message';
import { mapSmtpError } from './map-smtp-error';

export interface SmtpOptions {
  /** Connection, greeting and socket timeouts. */
  timeoutMs?: number;
}

/**
 * A Mailer over nodemailer's pooled SMTP transport: one connection kept open across sends (about ten
 * times faster than a connection per message). Library errors become AppErrors here, at the edge.
 *
 * @example
 * const mailer = smtpMailer({ host: 'smtp.gmail.com', port: 465, security: 'tls', user }, appPassword);
 * await mailer.verify();
 */
export function smtpMailer(server: ServerSettings, password: string, options: SmtpOptions = {}): Mailer {
  const timeout = options.timeoutMs ?? 20_000;
  const transport = nodemailer.createTransport({
    host: server.host,
    port: server.port,
    secure: server.security === 'tls',
    requireTLS: server.security === 'starttls',
    ignoreTLS: server.security === 'plain',
    auth: { user: server.user, pass: password },
    pool: true,
    maxConnections: 1,
    connectionTimeout: timeout,
    greetingTimeout: timeout,
    socketTimeout: timeout * 3,
  });
  return {
    async verify() {
      try {
        await transport.verify();
      } catch (error) {
        throw mapSmtpError(error, server);
      }
    },
    async send(mail) {
      const raw = await buildRawMessage(mail);
      try {
        const info = await transport.sendMail({ envelope: { from: mail.from.address, to: [mail.to.address] }, raw });
        return { response: String(info.response ?? ''), raw };
      } catch (error) {
        throw mapSmtpError(error, server);
      }
    },
    close() {
      transport.close();
      return Promise.resolve();
    },
  };
}
