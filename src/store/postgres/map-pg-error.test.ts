import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { mapPgError } from './map-pg-error';

function databaseError(code: string, message = 'failed'): pg.DatabaseError {
  const error = new pg.DatabaseError(message, message.length, 'error');
  error.code = code;
  return error;
}

function systemError(code: string): Error {
  return Object.assign(new Error(`connect ${code} 127.0.0.1:5432`), { code, syscall: 'connect' });
}

describe('mapPgError', () => {
  it.each([
    ['a unique violation', '23505', 'conflict'],
    ['a foreign key violation', '23503', 'not_found'],
    ['a check violation', '23514', 'validation'],
    ['a NUL byte in text', '22021', 'validation'],
    ['a dropped connection', '08006', 'store_unavailable'],
    ['an administrator shutdown', '57P01', 'store_unavailable'],
    ['a missing database', '3D000', 'store_unavailable'],
    ['failed authentication', '28P01', 'store_unavailable'],
    ['too many connections', '53300', 'store_unavailable'],
    ['a deadlock', '40P01', 'store_unavailable'],
    ['a missing table', '42P01', 'internal'],
  ])('maps %s (SQLSTATE %s) to %s, keeping the cause', (_name, state, code) => {
    const error = databaseError(state);
    expect(mapPgError(error)).toMatchObject({ code, cause: error, details: { sqlState: state } });
  });

  it.each(['ECONNREFUSED', 'ENOTFOUND', 'ETIMEDOUT', 'ECONNRESET'])(
    'maps a socket %s to store_unavailable',
    (code) => {
      expect(mapPgError(systemError(code))).toMatchObject({ code: 'store_unavailable' });
    },
  );

  it('maps a refusal on every address of a host name to store_unavailable', () => {
    const error = new AggregateError([systemError('ECONNREFUSED'), systemError('ECONNREFUSED')]);
    expect(mapPgError(error)).toMatchObject({ code: 'store_unavailable' });
  });

  it('maps a connection pg reports lost by message only to store_unavailable', () => {
    expect(mapPgError(new Error('Connection terminated unexpectedly'))).toMatchObject({
      code: 'store_unavailable',
    });
    expect(mapPgError(new Error('timeout exceeded when trying to connect'))).toMatchObject({
      code: 'store_unavailable',
    });
  });

  it('leaves errors that are not pg’s alone', () => {
    expect(mapPgError(new Error('boom'))).toBeUndefined();
    expect(mapPgError(Object.assign(new Error('smtp'), { code: 'EAUTH' }))).toBeUndefined();
    expect(mapPgError('a string')).toBeUndefined();
  });
});
