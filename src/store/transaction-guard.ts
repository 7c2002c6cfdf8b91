import { AsyncLocalStorage } from 'node:async_hooks';
import { AppError } from '../core/app-error';

interface OpenTransaction {
  open: boolean;
}

/**
 * Catches a query made through a Store's ordinary handle while a transaction of that same Store is running in
 * the same async flow. On SQLite that query would wait for the one connection the transaction holds, which
 * hangs forever; on PostgreSQL it would run outside the transaction and survive a rollback. Both are bugs in
 * the caller, who should use the handle passed to `transaction`, so they fail loudly instead.
 */
export class TransactionGuard {
  readonly #current = new AsyncLocalStorage<OpenTransaction>();

  async run<T>(fn: () => Promise<T>): Promise<T> {
    const transaction: OpenTransaction = { open: true };
    try {
      return await this.#current.run(transaction, fn);
    } finally {
      // Work started inside the transaction but still running after it ended may use the store again.
      transaction.open = false;
    }
  }

  assertOutside(): void {
    if (this.#current.getStore()?.open === true) {
      throw new AppError(
        'internal',
        'A query used the store directly inside one of its own transactions; use the handle passed to transaction().',
      );
    }
  }
}
