import { afterEach, describe, expect, it } from 'vitest';
import { failingStore } from '../../test/support/failing-store';
import { AppError, ERROR_CODES, invalid, type ErrorCode } from '../core/app-error';
import { HIDDEN_MESSAGE, STATUS_OF_CODE, toHttpError } from './http-errors';
import { testServer, type TestServer } from './server-test-kit';

describe('toHttpError', () => {
  it.each<[ErrorCode, number]>([
    ['validation', 400],
    ['unauthenticated', 401],
    ['forbidden', 403],
    ['csrf', 403],
    ['not_found', 404],
    ['conflict', 409],
    ['store_not_empty', 409],
    ['mail_auth', 502],
    ['external_service', 502],
    ['store_unavailable', 503],
    ['internal', 500],
  ])('maps %s to %i', (code, status) => {
    expect(toHttpError(new AppError(code, 'message')).status).toBe(status);
  });

  it('has a status for every error code', () => {
    for (const code of ERROR_CODES) expect(STATUS_OF_CODE[code]).toBeGreaterThanOrEqual(400);
  });

  it('keeps the field and the details of a validation error', () => {
    expect(toHttpError(invalid('company', 'must not be empty'))).toEqual({
      status: 400,
      body: { error: { code: 'validation', message: 'company must not be empty', field: 'company' } },
      unexpected: false,
    });
  });

  it.each([new Error('SQLITE_CORRUPT at /home/alex/.local/share/hearback/hearback.db'), new AppError('internal', 'secret detail'), 'a string', null])(
    'hides what an unexpected failure says: %s',
    (error) => {
      const mapped = toHttpError(error);
      expect(mapped).toMatchObject({ status: 500, unexpected: true, body: { error: { code: 'internal', message: HIDDEN_MESSAGE, field: null } } });
      expect(JSON.stringify(mapped.body)).not.toMatch(/SQLITE|alex|secret/);
    },
  );

  it("names the body for Fastify's own errors reading it", () => {
    expect(toHttpError(Object.assign(new Error('Body is not valid JSON'), { statusCode: 400, code: 'FST_ERR_CTP_INVALID_JSON_BODY' }))).toMatchObject({ status: 400, body: { error: { code: 'validation', field: 'body' } } });
    expect(toHttpError(Object.assign(new Error('Unsupported Media Type'), { statusCode: 415, code: 'FST_ERR_CTP_INVALID_MEDIA_TYPE' }))).toMatchObject({ status: 415, body: { error: { field: 'content-type' } } });
  });
});

describe('errors through the server', () => {
  let t: TestServer | undefined;
  afterEach(() => t?.close());

  it('answers an unexpected failure with 500 and a hidden message, and logs the details', async () => {
    const logged: string[] = [];
    t = await testServer('2026-11-23T15:00:00Z', { log: (line) => logged.push(line) }, (deps) => ({ ...deps, db: failingStore(deps.db, 'getProfile', new Error('disk on fire at /home/alex')) }));
    const res = await t.call('GET', '/api/profile');
    expect(res.statusCode).toBe(500);
    expect(res.json()).toEqual({ error: { code: 'internal', message: HIDDEN_MESSAGE, field: null } });
    expect(logged.join('\n')).toContain('GET /api/profile failed: Error: disk on fire');
  });

  it('answers a body that is not JSON, or not an object, with 400 naming the body', async () => {
    t = await testServer();
    for (const body of ['{"company":', '"text"', '[1]']) {
      const res = await t.call('POST', '/api/applications', body);
      expect(res.statusCode).toBe(400);
      expect(res.json().error).toMatchObject({ code: 'validation', field: 'body' });
    }
    const plain = await t.call('POST', '/api/applications', 'company=Acme', { 'content-type': 'application/x-www-form-urlencoded' });
    expect(plain.statusCode).toBe(415);
  });
});
