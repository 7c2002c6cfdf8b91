import type { Kysely } from 'kysely';
import { AppError } from '../core/app-error';
import type { Database } from './schema';

/**
 * What a concrete driver (sqlite/, postgres/) hands the shared query layer. Every query is written once
 * against `db`; the only things that differ between the drivers are how the connection is made and how a
 * driver error is recognised, and both stay behind this interface.
 */
export interface StoreDriver {
  readonly kind: 'sqlite' | 'postgres';
  readonly db: Kysely<Database>;
  /**
   * Turns a driver error it recognises (a constraint violation, a refused connection) into an AppError with
   * the matching code and the original error as its cause, or returns undefined.
   */
  mapError(error: unknown): AppError | undefined;
}

/**
 * The AppError to throw for a failure inside the store: an AppError as it is, a driver error as the driver
 * maps it, and anything else, which can only be a bug in the store, as `internal`.
 */
export function storeError(driver: StoreDriver, error: unknown): AppError {
  if (error instanceof AppError) return error;
  const mapped = driver.mapError(error);
  if (mapped !== undefined) return mapped;
  const message = error instanceof Error ? error.message : String(error);
  return new AppError('internal', `The ${driver.kind} store failed: ${message}`, { cause: error });
}
