import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { mapSqliteError } from './map-sqlite-error';

describe('mapSqliteError', () => {
  it.each([
    ['SQLITE_CONSTRAINT_PRIMARYKEY', 'conflict'],
    ['SQLITE_CONSTRAINT_UNIQUE', 'conflict'],
    ['SQLITE_CONSTRAINT_FOREIGNKEY', 'not_found'],
    ['SQLITE_CONSTRAINT_CHECK', 'validation'],
    ['SQLITE_CONSTRAINT_NOTNULL', 'validation'],
    ['SQLITE_BUSY', 'store_unavailable'],
    ['SQLITE_BUSY_SNAPSHOT', 'store_unavailable'],
    ['SQLITE_CANTOPEN', 'store_unavailable'],
    ['SQLITE_READONLY_DBMOVED', 'store_unavailable'],
    ['SQLITE_IOERR_WRITE', 'store_unavailable'],
    ['SQLITE_FULL', 'store_unavailable'],
    ['SQLITE_ERROR', 'internal'],
  ])('maps %s to %s, keeping the cause', (sqliteCode, code) => {
    const error = new Database.SqliteError('failed', sqliteCode);
    expect(mapSqliteError(error)).toMatchObject({ code, cause: error, details: { sqliteCode } });
  });

  it('leaves errors that are not SQLite’s alone', () => {
    expect(mapSqliteError(new Error('boom'))).toBeUndefined();
    expect(mapSqliteError(Object.assign(new Error('refused'), { code: 'ECONNREFUSED' }))).toBeUndefined();
  });
});
