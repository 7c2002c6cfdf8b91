import type { UserStore } from '../../src/ports/store';

/**
 * A UserStore whose `method` fails, also inside transactions, to check that a use case writes nothing
 * when one of its steps fails.
 */
export function failingStore(db: UserStore, method: keyof UserStore, error = new Error('disk full')): UserStore {
  return new Proxy(db, {
    get(target, prop) {
      if (prop === method) return () => Promise.reject(error);
      if (prop === 'transaction') {
        return <T>(fn: (tx: UserStore) => Promise<T>) => target.transaction((tx) => fn(failingStore(tx, method, error)));
      }
      const value = Reflect.get(target, prop, target) as unknown;
      return typeof value === 'function' ? (value as (...a: unknown[]) => unknown).bind(target) : value;
    },
  });
}
