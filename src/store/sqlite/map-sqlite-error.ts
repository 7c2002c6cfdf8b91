import { Database } from './better-sqlite3';
import { AppError, type ErrorCode } from '../../core/app-error';

/**
 * SQLite result codes (extended, as better-sqlite3 reports them) to our codes. A foreign key failure means the
 * application or user a row points at does not exist for this user, which the caller sees as not found.
 */
function codeFor(sqliteCode: string): ErrorCode {
  if (sqliteCode === 'SQLITE_CONSTRAINT_PRIMARYKEY' || sqliteCode === 'SQLITE_CONSTRAINT_UNIQUE')
    return 'conflict';
  if (sqliteCode === 'SQLITE_CONSTRAINT_FOREIGNKEY') return 'not_found';
  if (sqliteCode.startsWith('SQLITE_CONSTRAINT')) return 'validation';
  const unavailable = [
    'SQLITE_BUSY',
    'SQLITE_LOCKED',
    'SQLITE_CANTOPEN',
    'SQLITE_READONLY',
    'SQLITE_IOERR',
    'SQLITE_FULL',
    'SQLITE_NOTADB',
    'SQLITE_CORRUPT',
    'SQLITE_PERM',
  ];
  return unavailable.some((prefix) => sqliteCode.startsWith(prefix)) ? 'store_unavailable' : 'internal';
}

const MESSAGES: Partial<Record<ErrorCode, string>> = {
  conflict: 'A row with this id already exists',
  not_found: 'The user or application this row belongs to does not exist',
  store_unavailable: 'The SQLite database cannot be used right now',
};

/** Maps a better-sqlite3 error to an AppError; anything else is not this driver's to name. */
export function mapSqliteError(error: unknown): AppError | undefined {
  if (!(error instanceof Database.SqliteError)) return undefined;
  const code = codeFor(error.code);
  const message = MESSAGES[code] ?? 'The SQLite store failed';
  return new AppError(code, `${message}: ${error.message}`, {
    cause: error,
    details: { sqliteCode: error.code },
  });
}
