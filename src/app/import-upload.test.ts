import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isAppError } from '../core/app-error';
import { MAX_UPLOAD_BYTES, readUpload } from './import-upload';

const base64 = (text: string): string => Buffer.from(text, 'utf8').toString('base64');

function failure(body: unknown): { field: string | undefined; message: string } {
  try {
    readUpload(body);
  } catch (error) {
    if (isAppError(error)) return { field: error.field, message: error.message };
    throw error;
  }
  throw new Error('expected readUpload to fail');
}

describe('readUpload', () => {
  it('decodes the file and keeps the options', () => {
    const upload = readUpload({ file: base64('Company,Role\nAcme,Engineer\n'), name: 'jobs.csv', columns: ['company', null], dateOrder: 'DMY' });
    expect(new TextDecoder().decode(upload.bytes)).toBe('Company,Role\nAcme,Engineer\n');
    expect(upload).toMatchObject({ name: 'jobs.csv', options: { format: 'auto', columns: ['company', null], dateOrder: 'DMY' } });
  });

  it('keeps bytes that are not UTF-8 as they are, for the importer to recognise', () => {
    const bytes = new Uint8Array([0xff, 0xfe, 0x43, 0x00]);
    expect(readUpload({ file: Buffer.from(bytes).toString('base64') }).bytes).toEqual(bytes);
  });

  it.each([
    ['no file', {}, 'file'],
    ['a file that is not a string', { file: 42 }, 'file'],
    ['a file that is not base64', { file: 'Company,Role' }, 'file'],
    ['a file cut short', { file: 'Q29t' + 'cA' }, 'file'],
    ['an unknown format', { file: '', format: 'excel' }, 'format'],
    ['an unknown field in the mapping', { file: '', columns: ['company', 'firm'] }, 'columns.1'],
    ['an unknown date order', { file: '', dateOrder: 'DDMMYY' }, 'dateOrder'],
    ['an unknown delimiter', { file: '', delimiter: '|' }, 'delimiter'],
  ])('names the field for %s', (_name, body, field) => {
    expect(failure(body).field).toBe(field);
  });

  it('refuses a file over 20 MB before decoding it, saying how large it is and what to do', () => {
    const file = 'A'.repeat(Math.ceil((MAX_UPLOAD_BYTES + 3 * 1024 * 1024) / 3) * 4);
    expect(failure({ file })).toEqual({ field: 'file', message: expect.stringMatching(/^file: the file is 23\.0 MB; the web page imports files up to 20 MB\. .*hearback import csv FILE/) });
  });

  it('takes a file of exactly 20 MB', () => {
    const file = 'A'.repeat(Math.ceil(MAX_UPLOAD_BYTES / 3) * 4);
    expect(readUpload({ file }).bytes.byteLength).toBeGreaterThanOrEqual(MAX_UPLOAD_BYTES);
  });

  it('round-trips any bytes, and never fails on garbage with anything but a validation error', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 200 }), (bytes) => {
        expect(readUpload({ file: Buffer.from(bytes).toString('base64') }).bytes).toEqual(bytes);
      }),
    );
    fc.assert(
      fc.property(fc.anything(), (body) => {
        try {
          readUpload(body);
        } catch (error) {
          expect(isAppError(error) && error.code).toBe('validation');
        }
      }),
    );
  });
});
