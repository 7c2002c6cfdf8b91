/** One mailbox: a display name (may be empty) and its address. */
export interface Mailbox {
  name: string;
  address: string;
}

/** A message to send, as the outbox stores it. The Message-ID is chosen before sending, never by the server. */
export interface OutgoingMail {
  from: Mailbox;
  to: Mailbox;
  subject: string;
  text: string;
  /** Without angle brackets. */
  messageId: string;
  inReplyTo: string | null;
  references: string[];
  /** ISO 8601; becomes the Date header. */
  date: string;
}

/** What the SMTP server said when it accepted the message, and the exact bytes it was given. */
export interface SendReceipt {
  response: string;
  raw: Uint8Array;
}

/**
 * Sends mail over SMTP. `send` throws an AppError: `mail_auth` (login refused), `mail_connect` (no server,
 * TLS or certificate problems), `mail_temporary` (4xx: try later), `mail_permanent` (5xx: will not be
 * delivered). `details.smtpCode` holds the reply code and `details.ambiguous` is true when the connection
 * failed after the message data was handed over, so the server may have accepted it.
 */
export interface Mailer {
  /** Logs in and checks the server accepts us, without sending anything. */
  verify(): Promise<void>;
  send(mail: OutgoingMail): Promise<SendReceipt>;
  close(): Promise<void>;
}
