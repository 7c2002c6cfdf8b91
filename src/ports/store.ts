import type {
  Action,
  ActionState,
  AppEvent,
  Application,
  Contact,
  Profile,
  Settings,
  Stage,
} from '../core/model';
import type {
  InboxFolderState,
  MailRecord,
  MailRecordStatus,
  MboxImportProgress,
  OutboxClaim,
  OutboxGuard,
  OutboxItem,
  OutboxPatch,
  OutboxState,
  StoredMailAccount,
} from './mail-records';

export interface ApplicationFilter {
  stage?: Stage;
  ids?: readonly string[];
}

export interface ActionQuery {
  applicationId?: string;
  /** Only actions whose due window starts strictly before this instant (ISO 8601). */
  dueStartBefore?: string;
  /** Only actions whose due window starts at or after this instant. */
  dueStartFrom?: string;
  /** Only actions that have not expired at this instant. */
  liveAt?: string;
  /**
   * `due` (the default): by the start of the due window. `relevance`: those that expire first, then the
   * most recently opened, as a person reads a backlog.
   */
  order?: 'due' | 'relevance';
  limit?: number;
  /** Include the application's id, company and role with each action, read in the same query. */
  withApplication?: boolean;
}

export interface ByApplication {
  applicationId?: string;
}

/** A planned action as stored, with what the user did to it (snoozed, skipped), if anything. */
export interface StoredAction {
  action: Action;
  state: ActionState | null;
  /** Present when the query asked `withApplication`. */
  application?: { id: string; company: string; role: string };
}

export interface User {
  id: string;
  name: string | null;
  email: string | null;
  createdAt: string;
}

/** What an import remembers about a row it wrote, so that importing the same file again changes nothing. */
export interface ImportKey {
  /** The row's identity; see `naturalKey` in src/core/import. */
  naturalKey: string;
  applicationId: string;
  /** A digest of the row's values when it was last imported: a different one means the row changed. */
  fingerprint: string;
  /** The format the row was read as: `teal`, `linkedin-applications`... */
  sourceFormat: string;
  /** The contact the row created, which a changed row updates in place; `null` when it named nobody. */
  contactId: string | null;
  importedAt: string;
}

/** The due window and SEQUENCE an action's calendar event was last published under. */
export interface CalendarSequence {
  actionId: string;
  applicationId: string;
  dueStart: string;
  dueEnd: string;
  sequence: number;
}

/** One application's whole plan, for replacing many plans at once. */
export interface PlanOf {
  applicationId: string;
  actions: readonly Action[];
}

/**
 * Everything one user (tenant) owns. A UserStore is bound to one user id when it is made, and every query
 * it runs is filtered by that id, so no code path can read another tenant's rows by forgetting a filter.
 */
export interface UserStore {
  readonly userId: string;
  /** Runs `fn` in one transaction: everything it writes lands, or nothing does. */
  transaction<T>(fn: (tx: UserStore) => Promise<T>): Promise<T>;

  insertApplication(app: Application): Promise<void>;
  /** Replaces the stored application with the same id. Throws `not_found` when there is none. */
  updateApplication(app: Application): Promise<void>;
  getApplication(id: string): Promise<Application | null>;
  /** Applications ordered by creation time, oldest first. */
  listApplications(filter?: ApplicationFilter): Promise<Application[]>;
  countApplications(): Promise<number>;
  /** Deletes the application with its contacts, events, actions and action states. */
  deleteApplication(id: string): Promise<void>;

  insertContact(contact: Contact): Promise<void>;
  updateContact(contact: Contact): Promise<void>;
  listContacts(filter?: ByApplication): Promise<Contact[]>;

  insertEvent(event: AppEvent): Promise<void>;
  getEvent(id: string): Promise<AppEvent | null>;
  deleteEvent(id: string): Promise<void>;
  /** Events ordered by `at`, then by creation. */
  listEvents(filter?: ByApplication): Promise<AppEvent[]>;

  /** Replaces the whole materialised plan of one application. */
  replaceActions(applicationId: string, actions: readonly Action[]): Promise<void>;
  /** Actions ordered by the start of their due window. */
  listActions(query?: ActionQuery): Promise<StoredAction[]>;
  getAction(id: string): Promise<StoredAction | null>;
  /** How many actions match, ignoring `order` and `limit`. */
  countActions(query?: ActionQuery): Promise<number>;

  /** Upserts by action id. States outlive replanning: the same action id finds its state again. */
  putActionState(state: ActionState): Promise<void>;
  deleteActionState(actionId: string): Promise<void>;
  listActionStates(filter?: ByApplication): Promise<ActionState[]>;

  getSettings(): Promise<Settings | null>;
  putSettings(settings: Settings): Promise<void>;
  getProfile(): Promise<Profile | null>;
  putProfile(profile: Profile): Promise<void>;

  /** Small per-user values: the plan version, a calendar token... */
  getMeta(key: string): Promise<string | null>;
  putMeta(key: string, value: string): Promise<void>;

  // HTTP API: contacts by id, and bulk reads for the Today page (src/server, src/app/today-drafts.ts).
  getContact(id: string): Promise<Contact | null>;
  /** Deletes one contact. Throws `not_found` when there is none. */
  deleteContact(id: string): Promise<void>;
  /** The events of these applications, ordered like `listEvents`: the Today page reads them in one go. */
  listEventsOf(applicationIds: readonly string[]): Promise<AppEvent[]>;
  /** The contacts of these applications, ordered like `listContacts`. */
  listContactsOf(applicationIds: readonly string[]): Promise<Contact[]>;

  // Import, backup and calendar (migrations 0300–0399).
  /** Inserts many rows in few statements, for imports and restores; all or nothing within one call. */
  insertApplications(apps: readonly Application[]): Promise<void>;
  insertContacts(contacts: readonly Contact[]): Promise<void>;
  insertEvents(events: readonly AppEvent[]): Promise<void>;
  /** `replaceActions` for many applications at once. */
  replacePlans(plans: readonly PlanOf[]): Promise<void>;
  listImportKeys(): Promise<ImportKey[]>;
  /** Upserts by natural key. */
  putImportKeys(keys: readonly ImportKey[]): Promise<void>;
  /** The calendar feed token, or `null` before the first feed is asked for. */
  getCalendarToken(): Promise<string | null>;
  /** Sets (or replaces, which rotates) the token; `tokenHash` is its SHA-256, what lookups use. */
  putCalendarToken(token: string, tokenHash: string, createdAt: string): Promise<void>;
  listCalendarSequences(): Promise<CalendarSequence[]>;
  /** Upserts by action id. */
  putCalendarSequences(rows: readonly CalendarSequence[]): Promise<void>;

  // Mail: the account, the outbox, the inbox watcher and mbox imports (migrations 0200–0299).
  getMailAccount(): Promise<StoredMailAccount | null>;
  putMailAccount(stored: StoredMailAccount): Promise<void>;
  deleteMailAccount(): Promise<void>;
  /** Inserts the row unless the action already has one; returns the row as stored and whether it is new. */
  queueOutbox(item: OutboxItem): Promise<{ item: OutboxItem; created: boolean }>;
  getOutboxItem(actionId: string): Promise<OutboxItem | null>;
  /** Rows by send time, newest approvals last; all states unless some are named. */
  listOutbox(filter?: { states?: readonly OutboxState[]; applicationId?: string }): Promise<OutboxItem[]>;
  /** Queued rows due at `now` and sending rows whose lease ran out, by send time. */
  listOutboxDue(now: string, limit: number): Promise<OutboxItem[]>;
  /**
   * Takes a row for sending, atomically: a queued row due at `claim.now`, or (with `expired`) a sending row
   * whose lease ran out. Returns false when another worker got there first.
   */
  claimOutbox(actionId: string, claim: OutboxClaim, from: 'queued' | 'expired'): Promise<boolean>;
  /**
   * Changes a row, only while the guard holds: `owner` still holds its lease (the row is sending), or the row
   * is in one of `states`. Returns whether it changed.
   */
  updateOutbox(actionId: string, patch: OutboxPatch, guard: OutboxGuard): Promise<boolean>;
  /** Rows being sent, and rows sent at or after `since`: what the daily cap and company gap count. */
  listOutboxActivity(since: string): Promise<OutboxItem[]>;
  getInboxFolder(folder: string): Promise<InboxFolderState | null>;
  putInboxFolder(state: InboxFolderState): Promise<void>;
  /** Inserts records whose Message-ID is new; returns those inserted. */
  insertMailRecords(records: readonly MailRecord[]): Promise<MailRecord[]>;
  getMailRecord(id: string): Promise<MailRecord | null>;
  updateMailRecord(record: MailRecord): Promise<void>;
  /** Records by arrival, oldest first. */
  listMailRecords(filter?: { status?: MailRecordStatus; limit?: number }): Promise<MailRecord[]>;
  /** Which of these Message-IDs were already read. */
  knownMessageIds(messageIds: readonly string[]): Promise<Set<string>>;
  getMboxImport(fileKey: string): Promise<MboxImportProgress | null>;
  putMboxImport(progress: MboxImportProgress): Promise<void>;
}

export interface Store {
  readonly kind: 'sqlite' | 'postgres';
  /** Brings the schema up to date. Safe to run on every start and from several processes at once. */
  migrate(): Promise<void>;
  ensureUser(user: { id: string; name?: string | null; email?: string | null }): Promise<void>;
  listUsers(): Promise<User[]>;
  forUser(userId: string): UserStore;
  /** The user whose calendar token has this SHA-256 hash (hex), or `null`: the feed URL names no user. */
  findUserByCalendarToken(tokenHash: string): Promise<string | null>;
  /** Users with outbox rows due at `now` (or leases run out), for a server's sender worker. */
  listUsersWithDueMail(now: string): Promise<string[]>;
  close(): Promise<void>;
}
