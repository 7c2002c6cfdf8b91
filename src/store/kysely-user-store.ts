import type { Kysely } from 'kysely';
import type { Action, ActionState, AppEvent, Application, Contact, Profile, Settings } from '../core/model';
import type { ActionQuery, ApplicationFilter, ByApplication, StoredAction, UserStore } from '../ports/store';
import type { Database } from './schema';
import { storeError, type StoreDriver } from './store-driver';
import type { TransactionGuard } from './transaction-guard';
import { actionRow } from './rows';
import * as actions from './queries/actions';
import * as states from './queries/action-states';
import * as applications from './queries/applications';
import * as contacts from './queries/contacts';
import * as events from './queries/events';
import * as documents from './queries/user-documents';

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
}
