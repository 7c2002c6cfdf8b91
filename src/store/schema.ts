import type { ActionKind, ContactRole, EventKind, EventSource, PlaybookName, Stage } from '../core/model';

/**
 * The tables as the query layer sees them, shared by SQLite and PostgreSQL. Both dialects store the same
 * column types, so one set of row types serves both and every query is written once:
 *
 * - ids and ISO 8601 instants are `text`, kept exactly as given (an offset such as `-04:00` survives);
 * - every instant that a query sorts or compares has a `*_ms` companion holding epoch milliseconds as a
 *   `bigint`, because comparing ISO strings with different offsets as text gives the wrong order;
 * - structured values (the whole Action, event data, settings, profile, contact policy) are JSON `text`,
 *   which round-trips byte for byte and keeps the row types identical on both drivers;
 * - booleans are `integer` 0/1, because SQLite has no boolean type.
 *
 * Every table carries `user_id`, and every primary key and index starts with it.
 */
export interface UsersTable {
  user_id: string;
  name: string | null;
  email: string | null;
  created_at: string;
  created_ms: number;
}

export interface ApplicationsTable {
  user_id: string;
  id: string;
  company: string;
  role: string;
  posting_url: string | null;
  posting_text: string | null;
  source: string | null;
  location: string | null;
  country: string | null;
  region: string | null;
  timezone: string | null;
  stage: Stage;
  playbook: PlaybookName | null;
  /** The ContactPolicy as JSON. */
  policy: string;
  decision_by: string | null;
  deadline: string | null;
  created_at: string;
  created_ms: number;
  applied_at: string | null;
  updated_at: string;
}

export interface ContactsTable {
  user_id: string;
  id: string;
  application_id: string;
  name: string | null;
  role: ContactRole;
  email: string | null;
  phone: string | null;
  phone_is_direct: number;
  created_at: string;
  created_ms: number;
}

export interface EventsTable {
  user_id: string;
  id: string;
  application_id: string;
  kind: EventKind;
  at: string;
  at_ms: number;
  note: string | null;
  source: EventSource;
  /** The kind's EventData as JSON. */
  data: string;
  created_at: string;
  created_ms: number;
}

export interface ActionsTable {
  user_id: string;
  id: string;
  application_id: string;
  kind: ActionKind;
  due_start_ms: number;
  /** When the action expires, epoch ms, or NULL for never. */
  expires_ms: number | null;
  /** The whole Action as JSON; the other columns are copies kept for filtering and ordering. */
  body: string;
}

export interface ActionStatesTable {
  user_id: string;
  action_id: string;
  application_id: string;
  status: 'snoozed' | 'skipped';
  /** Set only when snoozed. */
  until: string | null;
  at: string;
}

/** One JSON document per user: the settings and profile tables share this shape. */
export interface UserDocumentTable {
  user_id: string;
  body: string;
}

export interface MetaTable {
  user_id: string;
  key: string;
  value: string;
}

/** One imported CSV row's identity and the application it became (migration 0300). */
export interface ImportKeysTable {
  user_id: string;
  natural_key: string;
  application_id: string;
  fingerprint: string;
  source_format: string;
  contact_id: string | null;
  imported_at: string;
}

/** A user's calendar feed token, and its SHA-256 hash for lookups (migration 0301). */
export interface CalendarFeedsTable {
  user_id: string;
  token: string;
  token_hash: string;
  created_at: string;
}

/** The due window and SEQUENCE an action was last published under (migration 0301). */
export interface CalendarSequencesTable {
  user_id: string;
  action_id: string;
  application_id: string;
  due_start: string;
  due_end: string;
  sequence: number;
}

/** A user's mail account as JSON, and its sealed password (migration 0200). */
export interface MailAccountsTable {
  user_id: string;
  body: string;
  sealed_password: string;
  updated_at: string;
}

/** One approved message per action (migration 0200). `action` and `mail` are JSON. */
export interface OutboxTable {
  user_id: string;
  action_id: string;
  application_id: string;
  message_id: string;
  state: string;
  phase: string | null;
  action: string;
  mail: string;
  company_key: string;
  approved_at: string;
  send_at: string;
  send_at_ms: number;
  attempts: number;
  lease_owner: string | null;
  lease_until: string | null;
  lease_until_ms: number | null;
  sent_at: string | null;
  sent_ms: number | null;
  smtp_response: string | null;
  reason: string | null;
  updated_at: string;
}

/** How far the watcher read one IMAP folder (migration 0200). */
export interface InboxFoldersTable {
  user_id: string;
  folder: string;
  uid_validity: string;
  last_uid: number;
  updated_at: string;
}

/** Every message read, by Message-ID; `verdict`, `link` and `suggestion` are JSON (migration 0200). */
export interface MailRecordsTable {
  user_id: string;
  message_id: string;
  id: string;
  source: string;
  received_at: string | null;
  from_address: string | null;
  subject: string;
  verdict: string;
  link: string | null;
  suggestion: string | null;
  status: string;
  event_id: string | null;
  application_id: string | null;
  created_at: string;
  created_ms: number;
  updated_at: string;
}

/** The progress of an mbox import, per file (migration 0200). */
export interface MboxImportsTable {
  user_id: string;
  file_key: string;
  path: string;
  size: number;
  next_offset: number;
  messages: number;
  /** Counts of what the import created, as JSON. */
  created: string;
  finished: number;
  started_at: string;
  updated_at: string;
}

export interface Database {
  users: UsersTable;
  applications: ApplicationsTable;
  contacts: ContactsTable;
  events: EventsTable;
  actions: ActionsTable;
  action_states: ActionStatesTable;
  settings: UserDocumentTable;
  profile: UserDocumentTable;
  meta: MetaTable;
  import_keys: ImportKeysTable;
  calendar_feeds: CalendarFeedsTable;
  calendar_sequences: CalendarSequencesTable;
  mail_accounts: MailAccountsTable;
  outbox: OutboxTable;
  inbox_folders: InboxFoldersTable;
  mail_records: MailRecordsTable;
  mbox_imports: MboxImportsTable;
}
