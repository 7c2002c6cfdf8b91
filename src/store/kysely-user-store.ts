import type { Kysely } from 'kysely';
import type { Action, ActionState, AppEvent, Application, Contact, Profile, Settings } from '../core/model';
import type {
  ActionQuery,
  ApplicationFilter,
  ByApplication,
  CalendarSequence,
  ImportKey,
  PlanOf,
  StoredAction,
  UserStore,
} from '../ports/store';
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
} from '../ports/mail-records';
import type { Database } from './schema';
import { storeError, type StoreDriver } from './store-driver';
import type { TransactionGuard } from './transaction-guard';
import { actionRow, applicationRow, contactRow, eventRow } from './rows';
import * as actions from './queries/actions';
import * as states from './queries/action-states';
import * as applications from './queries/applications';
import * as contacts from './queries/contacts';
import * as contactsById from './queries/contacts-by-id';
import * as ofApplications from './queries/of-applications';
import * as events from './queries/events';
import * as documents from './queries/user-documents';
import * as bulk from './queries/bulk-writes';
import * as importKeys from './queries/import-keys';
import * as calendar from './queries/calendar-feed';
import * as mailAccount from './queries/mail-account';
import * as mailInbox from './queries/mail-inbox';
import * as outbox from './queries/outbox';

/**
 * The UserStore over the shared query layer. It holds either the Store's database or one open transaction;
 * every query goes through `#run`, which passes this handle's user id, so no method can reach another
 * tenant's rows, and which maps driver errors to AppErrors at this one edge.
 */
export class KyselyUserStore implements UserStore {
  readonly userId: string;
  readonly #driver: StoreDriver;
  readonly #guard: TransactionGuard;
  /** The open transaction this handle belongs to, or undefined for the Store's ordinary handle. */
  readonly #transaction: Kysely<Database> | undefined;

  constructor(driver: StoreDriver, guard: TransactionGuard, userId: string, transaction?: Kysely<Database>) {
    this.userId = userId;
    this.#driver = driver;
    this.#guard = guard;
    this.#transaction = transaction;
  }

  async #run<T>(query: (db: Kysely<Database>, userId: string) => Promise<T>): Promise<T> {
    if (this.#transaction === undefined) this.#guard.assertOutside();
    try {
      return await query(this.#transaction ?? this.#driver.db, this.userId);
    } catch (error) {
      throw storeError(this.#driver, error);
    }
  }

  /** Runs `body` in a transaction, reusing this handle's transaction when it already has one. */
  async #transact<T>(body: (tx: KyselyUserStore) => Promise<T>): Promise<T> {
    if (this.#transaction !== undefined) return body(this);
    this.#guard.assertOutside();
    // Errors thrown by the caller's function pass through untouched: they are not the driver's to map.
    let bodyFailure: { error: unknown } | undefined;
    try {
      return await this.#guard.run(() =>
        this.#driver.db.transaction().execute(async (trx) => {
          try {
            return await body(new KyselyUserStore(this.#driver, this.#guard, this.userId, trx));
          } catch (error) {
            bodyFailure = { error };
            throw error;
          }
        }),
      );
    } catch (error) {
      if (bodyFailure !== undefined && bodyFailure.error === error) throw error;
      throw storeError(this.#driver, error);
    }
  }

  transaction<T>(fn: (tx: UserStore) => Promise<T>): Promise<T> {
    return this.#transact(fn);
  }

  insertApplication(app: Application): Promise<void> {
    return this.#run((db, user) => applications.insertApplication(db, user, app));
  }
  updateApplication(app: Application): Promise<void> {
    return this.#run((db, user) => applications.updateApplication(db, user, app));
  }
  getApplication(id: string): Promise<Application | null> {
    return this.#run((db, user) => applications.getApplication(db, user, id));
  }
  listApplications(filter?: ApplicationFilter): Promise<Application[]> {
    return this.#run((db, user) => applications.listApplications(db, user, filter));
  }
  countApplications(): Promise<number> {
    return this.#run((db, user) => applications.countApplications(db, user));
  }
  deleteApplication(id: string): Promise<void> {
    return this.#run((db, user) => applications.deleteApplication(db, user, id));
  }

  insertContact(contact: Contact): Promise<void> {
    return this.#run((db, user) => contacts.insertContact(db, user, contact));
  }
  updateContact(contact: Contact): Promise<void> {
    return this.#run((db, user) => contacts.updateContact(db, user, contact));
  }
  listContacts(filter?: ByApplication): Promise<Contact[]> {
    return this.#run((db, user) => contacts.listContacts(db, user, filter));
  }

  insertEvent(event: AppEvent): Promise<void> {
    return this.#run((db, user) => events.insertEvent(db, user, event));
  }
  getEvent(id: string): Promise<AppEvent | null> {
    return this.#run((db, user) => events.getEvent(db, user, id));
  }
  deleteEvent(id: string): Promise<void> {
    return this.#run((db, user) => events.deleteEvent(db, user, id));
  }
  listEvents(filter?: ByApplication): Promise<AppEvent[]> {
    return this.#run((db, user) => events.listEvents(db, user, filter));
  }

  async replaceActions(applicationId: string, plan: readonly Action[]): Promise<void> {
    // Rows are built first, so a malformed action fails before the old plan is touched.
    const rows = plan.map((action) => actionRow(this.userId, applicationId, action));
    await this.#transact((tx) =>
      tx.#run((db, user) => actions.replaceActions(db, user, applicationId, rows)),
    );
  }
  listActions(query?: ActionQuery): Promise<StoredAction[]> {
    return this.#run((db, user) => actions.listActions(db, user, query));
  }
  countActions(query?: ActionQuery): Promise<number> {
    return this.#run((db, user) => actions.countActions(db, user, query));
  }

  getAction(id: string): Promise<StoredAction | null> {
    return this.#run((db, user) => actions.getAction(db, user, id));
  }

  putActionState(state: ActionState): Promise<void> {
    return this.#run((db, user) => states.putActionState(db, user, state));
  }
  deleteActionState(actionId: string): Promise<void> {
    return this.#run((db, user) => states.deleteActionState(db, user, actionId));
  }
  listActionStates(filter?: ByApplication): Promise<ActionState[]> {
    return this.#run((db, user) => states.listActionStates(db, user, filter));
  }

  getSettings(): Promise<Settings | null> {
    return this.#run((db, user) => documents.getSettings(db, user));
  }
  putSettings(settings: Settings): Promise<void> {
    return this.#run((db, user) => documents.putSettings(db, user, settings));
  }
  getProfile(): Promise<Profile | null> {
    return this.#run((db, user) => documents.getProfile(db, user));
  }
  putProfile(profile: Profile): Promise<void> {
    return this.#run((db, user) => documents.putProfile(db, user, profile));
  }
  getMeta(key: string): Promise<string | null> {
    return this.#run((db, user) => documents.getMeta(db, user, key));
  }
  putMeta(key: string, value: string): Promise<void> {
    return this.#run((db, user) => documents.putMeta(db, user, key, value));
  }

  getContact(id: string): Promise<Contact | null> {
    return this.#run((db, user) => contactsById.getContact(db, user, id));
  }
  deleteContact(id: string): Promise<void> {
    return this.#run((db, user) => contactsById.deleteContact(db, user, id));
  }
  listEventsOf(applicationIds: readonly string[]): Promise<AppEvent[]> {
    return this.#run((db, user) => ofApplications.listEventsOf(db, user, applicationIds));
  }
  listContactsOf(applicationIds: readonly string[]): Promise<Contact[]> {
    return this.#run((db, user) => ofApplications.listContactsOf(db, user, applicationIds));
  }

  // Import, backup and calendar. Rows are built before the transaction opens, so a malformed one fails
  // before anything is written; each bulk call is all or nothing.
  async insertApplications(apps: readonly Application[]): Promise<void> {
    const rows = apps.map((app) => applicationRow(this.userId, app));
    await this.#transact((tx) => tx.#run((db) => bulk.insertApplicationRows(db, rows)));
  }
  async insertContacts(list: readonly Contact[]): Promise<void> {
    const rows = list.map((contact) => contactRow(this.userId, contact));
    await this.#transact((tx) => tx.#run((db) => bulk.insertContactRows(db, rows)));
  }
  async insertEvents(list: readonly AppEvent[]): Promise<void> {
    const rows = list.map((event) => eventRow(this.userId, event));
    await this.#transact((tx) => tx.#run((db) => bulk.insertEventRows(db, rows)));
  }
  async replacePlans(plans: readonly PlanOf[]): Promise<void> {
    const rows = plans.flatMap((plan) => plan.actions.map((action) => actionRow(this.userId, plan.applicationId, action)));
    await this.#transact((tx) => tx.#run((db, user) => bulk.replacePlans(db, user, plans, rows)));
  }
  listImportKeys(): Promise<ImportKey[]> {
    return this.#run((db, user) => importKeys.listImportKeys(db, user));
  }
  putImportKeys(keys: readonly ImportKey[]): Promise<void> {
    return this.#transact((tx) => tx.#run((db, user) => importKeys.putImportKeys(db, user, keys)));
  }
  getCalendarToken(): Promise<string | null> {
    return this.#run((db, user) => calendar.getCalendarToken(db, user));
  }
  putCalendarToken(token: string, tokenHash: string, createdAt: string): Promise<void> {
    return this.#run((db, user) => calendar.putCalendarToken(db, user, token, tokenHash, createdAt));
  }
  listCalendarSequences(): Promise<CalendarSequence[]> {
    return this.#run((db, user) => calendar.listCalendarSequences(db, user));
  }
  putCalendarSequences(rows: readonly CalendarSequence[]): Promise<void> {
    return this.#transact((tx) => tx.#run((db, user) => calendar.putCalendarSequences(db, user, rows)));
  }

  // Mail (src/store/queries/mail-*.ts, outbox.ts).
  getMailAccount(): Promise<StoredMailAccount | null> {
    return this.#run((db, user) => mailAccount.getMailAccount(db, user));
  }
  putMailAccount(stored: StoredMailAccount): Promise<void> {
    return this.#run((db, user) => mailAccount.putMailAccount(db, user, stored));
  }
  deleteMailAccount(): Promise<void> {
    return this.#run((db, user) => mailAccount.deleteMailAccount(db, user));
  }
  queueOutbox(item: OutboxItem): Promise<{ item: OutboxItem; created: boolean }> {
    return this.#transact((tx) => tx.#run((db, user) => outbox.queueOutbox(db, user, item)));
  }
  getOutboxItem(actionId: string): Promise<OutboxItem | null> {
    return this.#run((db, user) => outbox.getOutboxItem(db, user, actionId));
  }
  listOutbox(filter?: { states?: readonly OutboxState[]; applicationId?: string }): Promise<OutboxItem[]> {
    return this.#run((db, user) => outbox.listOutbox(db, user, filter));
  }
  listOutboxDue(now: string, limit: number): Promise<OutboxItem[]> {
    return this.#run((db, user) => outbox.listOutboxDue(db, user, now, limit));
  }
  claimOutbox(actionId: string, claim: OutboxClaim, from: 'queued' | 'expired'): Promise<boolean> {
    return this.#run((db, user) => outbox.claimOutbox(db, user, actionId, claim, from));
  }
  updateOutbox(actionId: string, patch: OutboxPatch, guard: OutboxGuard): Promise<boolean> {
    return this.#run((db, user) => outbox.updateOutbox(db, user, actionId, patch, guard));
  }
  listOutboxActivity(since: string): Promise<OutboxItem[]> {
    return this.#run((db, user) => outbox.listOutboxActivity(db, user, since));
  }
  getInboxFolder(folder: string): Promise<InboxFolderState | null> {
    return this.#run((db, user) => mailInbox.getInboxFolder(db, user, folder));
  }
  putInboxFolder(state: InboxFolderState): Promise<void> {
    return this.#run((db, user) => mailInbox.putInboxFolder(db, user, state));
  }
  insertMailRecords(records: readonly MailRecord[]): Promise<MailRecord[]> {
    return this.#transact((tx) => tx.#run((db, user) => mailInbox.insertMailRecords(db, user, records)));
  }
  getMailRecord(id: string): Promise<MailRecord | null> {
    return this.#run((db, user) => mailInbox.getMailRecord(db, user, id));
  }
  updateMailRecord(record: MailRecord): Promise<void> {
    return this.#run((db, user) => mailInbox.updateMailRecord(db, user, record));
  }
  listMailRecords(filter?: { status?: MailRecordStatus; limit?: number }): Promise<MailRecord[]> {
    return this.#run((db, user) => mailInbox.listMailRecords(db, user, filter));
  }
  knownMessageIds(messageIds: readonly string[]): Promise<Set<string>> {
    return this.#run((db, user) => mailInbox.knownMessageIds(db, user, messageIds));
  }
  getMboxImport(fileKey: string): Promise<MboxImportProgress | null> {
    return this.#run((db, user) => mailInbox.getMboxImport(db, user, fileKey));
  }
  putMboxImport(progress: MboxImportProgress): Promise<void> {
    return this.#run((db, user) => mailInbox.putMboxImport(db, user, progress));
  }
}
