import { afterAll, beforeAll, describe } from 'vitest';
import type { Store, UserStore } from '../ports/store';
import type { ContractContext, MakeStore, StoreUnderTest } from './contract/context';
import { uniqueId } from './contract/fixtures';
import { describeFiltersAndOrdering } from './contract/filters-and-ordering';
import { describeImportAndCalendar } from './contract/import-and-calendar';
import { describeContactsById } from './contract/contacts-by-id';
import { describeLifecycle } from './contract/lifecycle';
import { describeMail } from './contract/mail';
import { describeAgendaQueries } from './contract/agenda-queries';
import { describePlans } from './contract/plans';
import { describeRoundTrips } from './contract/round-trips';
import { describeTenancy } from './contract/tenancy';
import { describeTransactions } from './contract/transactions';

export type { ContractContext, MakeStore, StoreUnderTest } from './contract/context';

/**
 * The behaviour every Store driver must have, as vitest suites. A driver's test file calls this with a
 * factory for empty databases; most tests share one database and isolate themselves by using fresh users,
 * which also exercises many tenants living side by side. Tests about migrating make their own databases.
 *
 * @example
 * describeStoreContract('sqlite', async () => { ... return { store, reopen, cleanup }; });
 */
export function describeStoreContract(name: string, makeStore: MakeStore): void {
  describe(`Store contract: ${name}`, () => {
    let shared: StoreUnderTest | undefined;

    beforeAll(async () => {
      shared = await makeStore();
      await shared.store.migrate();
    });

    afterAll(async () => {
      await shared?.cleanup();
    });

    const context: ContractContext = {
      get store(): Store {
        if (shared === undefined) throw new Error('The contract store is not open yet');
        return shared.store;
      },
      async newUser(): Promise<UserStore> {
        const id = uniqueId('user');
        await context.store.ensureUser({ id, name: `Test ${id}` });
        return context.store.forUser(id);
      },
      makeStore,
    };

    describeRoundTrips(context);
    describeFiltersAndOrdering(context);
    describeTenancy(context);
    describeTransactions(context);
    describePlans(context);
    describeAgendaQueries(context);
    describeLifecycle(context);
    describeImportAndCalendar(context);
    describeContactsById(context);
    describeMail(context);
  });
}
