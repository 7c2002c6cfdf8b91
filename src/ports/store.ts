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

export interface ApplicationFilter {
  stage?: Stage;
  ids?: readonly string[];
}

export interface ActionQuery {
  applicationId?: string;
  /** Only actions whose due window starts strictly before this instant (ISO 8601). */
  dueStartBefore?: string;
}

export interface ByApplication {
  applicationId?: string;
}

/** A planned action as stored, with what the user did to it (snoozed, skipped), if anything. */
export interface StoredAction {
  action: Action;
  state: ActionState | null;
}

export interface User {
  id: string;
  name: string | null;
  email: string | null;
  createdAt: string;
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
}

export interface Store {
  readonly kind: 'sqlite' | 'postgres';
  /** Brings the schema up to date. Safe to run on every start and from several processes at once. */
  migrate(): Promise<void>;
  ensureUser(user: { id: string; name?: string | null; email?: string | null }): Promise<void>;
  listUsers(): Promise<User[]>;
  forUser(userId: string): UserStore;
  close(): Promise<void>;
}
