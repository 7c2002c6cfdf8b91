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
}
