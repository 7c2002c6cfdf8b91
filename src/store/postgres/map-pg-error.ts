import pg from 'pg';
import { AppError, type ErrorCode } from '../../core/app-error';

/** SQLSTATE codes (https://www.postgresql.org/docs/current/errcodes-appendix.html) to our codes. */
function codeForSqlState(state: string): ErrorCode {
  if (state === '23505') return 'conflict';
  // A foreign key failure means the user or application a row points at does not exist for this user.
  if (state === '23503') return 'not_found';
  // Other integrity violations, and text PostgreSQL refuses (a NUL byte in a pasted posting).
  if (state.startsWith('23') || state === '22021' || state === '22P05') return 'validation';
  // Connection failures, shutdown, too many connections, a missing database, bad credentials, and
  // serialisation failures and deadlocks, which a retry may get past.
  const unavailable = ['08', '57P', '53', '3D000', '28', '40001', '40P01'];
  return unavailable.some((prefix) => state.startsWith(prefix)) ? 'store_unavailable' : 'internal';
}

const NETWORK_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ENOTFOUND',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'EAI_AGAIN',
  'EPIPE',
]);

/** pg reports a lost connection or a pool timeout as a plain Error with only a message to go on. */
const LOST_CONNECTION =
  /^(Connection terminated|timeout exceeded when trying to connect|Client has encountered a connection error)/;

function isNetworkError(error: Error): boolean {
  const code = (error as Error & { code?: unknown }).code;
  if (typeof code === 'string' && NETWORK_CODES.has(code)) return true;
  // Connecting to a name with several addresses fails with an AggregateError of the per-address errors.
  return (
    error instanceof AggregateError &&
    error.errors.some((inner) => inner instanceof Error && isNetworkError(inner))
  );
}

/** Maps a pg error to an AppError; anything else is not this driver's to name. */
export function mapPgError(error: unknown): AppError | undefined {
  if (error instanceof pg.DatabaseError && error.code !== undefined) {
    const code = codeForSqlState(error.code);
    return new AppError(code, `PostgreSQL: ${error.message}`, {
      cause: error,
      details: { sqlState: error.code, ...(error.constraint ? { constraint: error.constraint } : {}) },
    });
  }
  if (!(error instanceof Error)) return undefined;
  if (isNetworkError(error) || LOST_CONNECTION.test(error.message)) {
    return new AppError(
      'store_unavailable',
      `Cannot reach PostgreSQL: ${error.message || 'connection failed'}`,
      {
        cause: error,
      },
    );
  }
  return undefined;
}
