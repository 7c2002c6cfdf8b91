import type { MailKind } from '../core/mail/classify-message';
import type { LinkVia } from '../core/mail/link-message';
import type { Evidence } from '../core/mail/phrase-rules';
import type { ApplicationSuggestion, EventSuggestion } from '../core/mail/mail-suggestion';
import type { Action } from '../core/model';
import type { Mailbox } from './mailer';
import type { ServerSettings } from './mail-kit';

/**
 * Where a copy of each sent message ends up: `provider` when the SMTP server files it in Sent itself
 * (Gmail, Outlook), `append` when hearback must save it there over IMAP, `auto` to decide by the host.
 */
export type SentCopy = 'auto' | 'append' | 'provider';

/** A user's mail account. The password is kept apart, sealed, and never part of this record. */
export interface MailAccount {
  /** The address mail is sent from. */
  address: string;
  /** The name shown with it; empty for none. */
  name: string;
  smtp: ServerSettings;
  imap: ServerSettings;
  /** The Sent folder's name, or null to find the folder marked `\Sent`. */
  sentFolder: string | null;
  sentCopy: SentCopy;
  /** At most this many messages in any 24 hours. */
  dailyCap: number;
  /** At least this long between two messages to the same company. */
  companyGapMinutes: number;
  /** The folders the watcher reads. */
  folders: string[];
  updatedAt: string;
}

export interface StoredMailAccount {
  account: MailAccount;
  /** The app password as the SecretBox sealed it. */
  sealedPassword: string;
}

export const OUTBOX_STATES = ['queued', 'sending', 'sent', 'failed', 'needs_decision', 'cancelled'] as const;
export type OutboxState = (typeof OUTBOX_STATES)[number];

/** The message as approved, kept so that the send uses exactly what the user saw. */
export interface OutboxMail {
  from: Mailbox;
  to: Mailbox;
  subject: string;
  text: string;
  inReplyTo: string | null;
  references: string[];
}

/**
 * One approved message. The action id is the dedupe key (one row per action); the Message-ID is chosen
 * when it is queued, before any SMTP transaction, so a crash can be resolved by looking for it in Sent.
 */
export interface OutboxItem {
  actionId: string;
  applicationId: string;
  /** Without angle brackets. */
  messageId: string;
  state: OutboxState;
  /** The action as planned when it was approved. */
  action: Action;
  mail: OutboxMail;
  /** The company, normalised, for the minimum gap between sends to it. */
  companyKey: string;
  approvedAt: string;
  /** Not before this instant. */
  sendAt: string;
  /** SMTP transactions started. */
  attempts: number;
  /** While sending: `claimed` before the SMTP transaction may have started, `smtp` once it may have. */
  phase: 'claimed' | 'smtp' | null;
  leaseOwner: string | null;
  leaseUntil: string | null;
  sentAt: string | null;
  /** The server's answer to the last attempt. */
  smtpResponse: string | null;
  /** Why it was cancelled, failed or waits for a decision; or the last temporary error. */
  reason: string | null;
  updatedAt: string;
}

/** Changes to an outbox row; only the named fields change, and `updatedAt` always does. */
export type OutboxPatch = Partial<
  Pick<
    OutboxItem,
    'state' | 'sendAt' | 'attempts' | 'phase' | 'leaseOwner' | 'leaseUntil' | 'sentAt' | 'smtpResponse' | 'reason' | 'messageId' | 'mail' | 'action' | 'approvedAt'
  >
> & { updatedAt: string };

/** What must still hold for an outbox update to apply: the worker's lease, or the row's state. */
export type OutboxGuard = { owner: string } | { states: readonly OutboxState[] };

export interface OutboxClaim {
  owner: string;
  leaseUntil: string;
  now: string;
}

/** How far the watcher has read one IMAP folder. */
export interface InboxFolderState {
  folder: string;
  uidValidity: string;
  lastUid: number;
  updatedAt: string;
}

/** What the review queue would do if the user accepted an item. */
export type MailSuggestion = EventSuggestion | ApplicationSuggestion;

export const MAIL_RECORD_STATUSES = ['applied', 'review', 'accepted', 'dismissed', 'ignored', 'undone'] as const;
/**
 * `applied`: the verdict was sure and became an event; `review`: waiting for the user; `accepted` and
 * `dismissed`: the user decided; `ignored`: not job mail, or too unsure; `undone`: applied, then undone.
 */
export type MailRecordStatus = (typeof MAIL_RECORD_STATUSES)[number];

/**
 * One message hearback has read, from IMAP or an mbox, remembered by Message-ID so that it is never read
 * twice; the review queue is the records in `review`.
 */
export interface MailRecord {
  /** Short, for `hearback inbox review --accept ID`. */
  id: string;
  /** The Message-ID without brackets, or a stand-in built from where the message was found. */
  messageId: string;
  source: 'imap' | 'mbox';
  receivedAt: string | null;
  from: string | null;
  subject: string;
  verdict: {
    kind: MailKind;
    confidence: number;
    tier: 'high' | 'medium' | 'low';
    evidence: Evidence[];
    returnDate: string | null;
    failedRecipient: string | null;
  };
  link: { applicationId: string; via: LinkVia; confidence: number } | null;
  suggestion: MailSuggestion | null;
  status: MailRecordStatus;
  /** The event it became, while applied or accepted. */
  eventId: string | null;
  /** The application it concerns, or created. */
  applicationId: string | null;
  createdAt: string;
  updatedAt: string;
}

/** How far an mbox import got in one file. */
export interface MboxImportProgress {
  fileKey: string;
  path: string;
  size: number;
  offset: number;
  messages: number;
  created: { applications: number; events: number; review: number };
  finished: boolean;
  startedAt: string;
  updatedAt: string;
}
