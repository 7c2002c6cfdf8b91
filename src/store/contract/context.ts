import type { Store, UserStore } from '../../ports/store';

/** One database for the contract to use, made by the driver's test file. */
export interface StoreUnderTest {
  /** A Store on a new, empty database, not yet migrated. */
  store: Store;
  /** Opens another Store on the same database, not migrated, as a second process starting would. */
  reopen: () => Promise<Store>;
  /** Closes `store` and removes the database. The contract closes the Stores it reopens itself. */
  cleanup: () => Promise<void>;
}

export type MakeStore = () => Promise<StoreUnderTest>;

/** What each part of the contract gets: the shared migrated store, fresh tenants in it, and fresh databases. */
export interface ContractContext {
  readonly store: Store;
  /** A new user in the shared store, so tests never see each other's rows. */
  newUser(): Promise<UserStore>;
  makeStore: MakeStore;
}
