import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { MAX_UPLOAD_BYTES, UPLOAD_BODY_LIMIT } from '../../app/import-upload';
import { importPreviewSchema, importResultSchema } from '../schemas/import-responses';
import { testServer, type TestServer } from '../server-test-kit';

/* eslint-disable @typescript-eslint/no-explicit-any -- answers are checked field by field */
const LINKEDIN = readFileSync(new URL('../../core/import/fixtures/linkedin-job-applications.csv', import.meta.url));
const body = (bytes: Uint8Array | string, options: Record<string, unknown> = {}) => ({ file: Buffer.from(bytes).toString('base64'), name: 'Job Applications.csv', ...options });

let t: TestServer;
beforeEach(async () => {
  t = await testServer('2026-01-15T15:00:00Z');
});
afterEach(() => t.close());

describe('the import routes', () => {
  it('previews without writing, imports in one go, and reports a second import unchanged', async () => {
    const preview = await t.call('POST', '/api/import/preview', body(LINKEDIN));
    expect(preview.statusCode, preview.body).toBe(200);
    expect(importPreviewSchema.safeParse(preview.json()).success).toBe(true);
    expect(preview.json()).toMatchObject({ kind: 'ready', report: { created: 3 }, totalRows: 3 });
    expect((await t.call('GET', '/api/session')).json().applications).toBe(0);

    const first = await t.call('POST', '/api/import', body(LINKEDIN));
    expect(first.statusCode, first.body).toBe(200);
    expect(importResultSchema.safeParse(first.json()).success).toBe(true);
    expect(first.json()).toMatchObject({ kind: 'imported', report: { created: 3, updated: 0, unchanged: 0, rejected: [] } });
    const listed = (await t.call('GET', '/api/applications')).json() as any;
    expect(listed.applications.map((a: any) => a.company).sort()).toEqual(['Acme Corp', 'Globex', 'Initech']);

    const again = await t.call('POST', '/api/import', body(LINKEDIN));
    expect(again.json()).toMatchObject({ kind: 'imported', report: { created: 0, updated: 0, unchanged: 3 } });
    const previewAgain = (await t.call('POST', '/api/import/preview', body(LINKEDIN))).json() as any;
    expect(previewAgain.rows.map((r: any) => r.outcome)).toEqual(['unchanged', 'unchanged', 'unchanged']);
  });

  it('asks for the mapping and the date order before importing, and writes nothing until answered', async () => {
    const file = 'Firma;Stelle;Beworben am\nAcme Corp;Engineer;03.04.2026\nGlobex;Designer;05.06.2026\n';
    const asked = (await t.call('POST', '/api/import', body(file))).json() as any;
    expect(asked).toMatchObject({ kind: 'needs-mapping', missing: ['company', 'role'] });
    const columns = ['company', 'role', 'appliedAt'];
    const dates = (await t.call('POST', '/api/import/preview', body(file, { columns }))).json() as any;
    expect(importPreviewSchema.safeParse(dates).success).toBe(true);
    expect(dates).toMatchObject({ kind: 'needs-date-order', columns: [{ header: 'Beworben am', examples: expect.arrayContaining(['03.04.2026']) }] });
    expect((await t.call('GET', '/api/session')).json().applications).toBe(0);
    const imported = (await t.call('POST', '/api/import', body(file, { columns, dateOrder: 'DMY' }))).json() as any;
    expect(imported.report.created).toBe(2);
    const acme = imported.rows.find((r: any) => r.company === 'Acme Corp');
    const view = (await t.call('GET', `/api/applications/${acme.applicationId}`)).json() as any;
    expect(view.application.appliedAt.slice(0, 10)).toBe('2026-04-03');
  });

  it('refuses a file over 20 MB with a 400 naming the file', async () => {
    const file = 'A'.repeat(Math.ceil((MAX_UPLOAD_BYTES + 1024 * 1024) / 3) * 4);
    const res = await t.call('POST', '/api/import/preview', { file });
    expect(res.statusCode).toBe(400);
    expect(res.json().error).toMatchObject({ code: 'validation', field: 'file', message: expect.stringContaining('up to 20 MB') });
  });

  it('refuses a body over the upload limit with a 413 naming the body, before reading it', async () => {
    const res = await t.call('POST', '/api/import', JSON.stringify({ file: 'A'.repeat(UPLOAD_BODY_LIMIT) }));
    expect(res.statusCode).toBe(413);
    expect(res.json().error).toMatchObject({ field: 'body' });
    expect((await t.call('GET', '/api/session')).json().applications).toBe(0);
  });

  it('keeps other routes at the usual limit', async () => {
    const res = await t.call('POST', '/api/lint', { body: 'x'.repeat(2 * 1024 * 1024) });
    expect(res.statusCode).toBe(413);
  });

  it('needs the CSRF token for the preview too, since it reads the store in a transaction', async () => {
    const res = await t.call('POST', '/api/import/preview', body(LINKEDIN), { 'x-csrf-token': 'wrong' });
    expect(res.statusCode).toBe(403);
  });
});
