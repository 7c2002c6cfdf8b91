/** How far a folder has been read: IMAP UIDs are only comparable under the same UIDVALIDITY. */
export interface FolderCursor {
  uidValidity: string;
  lastUid: number;
}

/** One message read from a folder. */
export interface FetchedMessage {
  uid: number;
  raw: Uint8Array;
  /** When the server received it, ISO 8601. */
  internalDate: string | null;
}

/** A batch of new messages and where the folder now stands. */
export interface FolderBatch {
  uidValidity: string;
  messages: FetchedMessage[];
  /** The highest UID seen, so the next read starts after it. */
  lastUid: number;
  /** True when more messages wait after this batch. */
  more: boolean;
}

/**
 * A mailbox over IMAP. Failures throw an AppError `mail_auth` or `mail_connect` (see Mailer), or
 * `mail_unverifiable` when a search cannot be carried out.
 */
export interface Inbox {
  /** Logs in and finds the Sent folder; returns its name. */
  verify(): Promise<{ sentFolder: string | null; idle: boolean }>;
  /** Whether a message with this Message-ID (no brackets) is in the Sent folder. */
  sentContains(messageId: string): Promise<boolean>;
  /** Saves a copy of a sent message to the Sent folder, marked as read. */
  appendSent(raw: Uint8Array, date: string): Promise<void>;
  /**
   * Messages after the cursor, oldest first, at most `limit` of them. With no cursor, or another
   * UIDVALIDITY, the folder is read from its start (the caller dedupes by Message-ID), or from the messages
   * the server received on or after `since` (`YYYY-MM-DD`) when it is given.
   */
  fetchAfter(folder: string, cursor: FolderCursor | null, limit: number, options?: { since?: string }): Promise<FolderBatch>;
  /**
   * Resolves when the folder may have changed: IMAP IDLE where the server offers it, else after
   * `timeoutMs`. Also resolves after `timeoutMs` under IDLE, at once when `signal` aborts, and at once when
   * the folder already holds mail past `cursor` (it arrived after the last read, before waiting began).
   */
  waitForChange(folder: string, timeoutMs: number, signal?: AbortSignal, cursor?: FolderCursor | null): Promise<void>;
  close(): Promise<void>;
}
