import { z } from 'zod';
import { AppError } from '../core/app-error';
import { ImportCsvOptions } from './import-csv';
import { validate } from './validate';

/**
 * The largest file the web page uploads. Tracker exports are far smaller (a 50,000-row Teal file is
 * 5.5 MB); the command line, which reads the file where it lies, takes up to 64 MB.
 */
export const MAX_UPLOAD_BYTES = 20 * 1024 * 1024;

/** The length of `MAX_UPLOAD_BYTES` in base64: four characters for every three bytes. */
const MAX_BASE64_CHARS = Math.ceil(MAX_UPLOAD_BYTES / 3) * 4;

/**
 * What an HTTP body must hold to import a file: the file's bytes in base64 (JSON has no bytes, and a
 * tracker's export is not always UTF-8, so it is sent as it is and decoded by the importer), and the
 * import options. The body may exceed this limit a little, by the options; the server's body limit is
 * `UPLOAD_BODY_LIMIT`.
 */
export const ImportUpload = ImportCsvOptions.omit({ dryRun: true }).extend({
  file: z.string({ error: 'must be the file, as base64' }).describe("The CSV file's bytes, base64-encoded, at most 20 MB before encoding."),
  name: z.string().max(255).optional().describe("The file's name, for messages."),
});
export type ImportUpload = z.input<typeof ImportUpload>;

/**
 * The body limit for an upload: the largest file in base64, room for the options and the mapping, and a
 * margin, so that a file a little over 20 MB gets the clear 400 on `file` rather than a bare 413.
 */
export const UPLOAD_BODY_LIMIT = MAX_BASE64_CHARS + 4 * 1024 * 1024;

const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;

const megabytes = (bytes: number): string => `${(bytes / 1048576).toFixed(1)} MB`;

/**
 * Reads an upload: validates the options, checks the file's size before decoding it, and decodes it.
 * A file over the limit is a validation error on `file` that says how large it is and what to do instead.
 *
 * @example
 * readUpload({ file: 'Q29tcGFueSxSb2xl', format: 'auto' }) // { bytes: <Company,Role>, options: { format: 'auto' }, name: null }
 */
export function readUpload(body: unknown): { bytes: Uint8Array; options: Omit<ImportCsvOptions, 'dryRun'>; name: string | null } {
  const { file, name, ...options } = validate(ImportUpload, body);
  if (file.length > MAX_BASE64_CHARS) {
    const size = megabytes((file.length / 4) * 3);
    throw new AppError('validation', `file: the file is ${size}; the web page imports files up to 20 MB. Import a larger one with \`hearback import csv FILE\`.`, {
      field: 'file',
      details: { maxBytes: MAX_UPLOAD_BYTES },
    });
  }
  if (file.length % 4 !== 0 || !BASE64.test(file)) {
    throw new AppError('validation', 'file: must be the file, as base64', { field: 'file' });
  }
  return { bytes: new Uint8Array(Buffer.from(file, 'base64')), options, name: name ?? null };
}
