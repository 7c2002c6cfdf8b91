import { importCsv } from '../../app/import-csv';
import { previewImport } from '../../app/import-preview';
import { ImportUpload, readUpload, UPLOAD_BODY_LIMIT } from '../../app/import-upload';
import { route } from '../api-route';
import { importPreviewSchema, importResultSchema } from '../schemas/import-responses';

const UPLOAD =
  'The body is `{ file, name?, format?, columns?, map?, dateOrder?, delimiter? }`: the CSV file\'s bytes in base64 (at most 20 MB; a larger file is a 400 naming `file`, a body over the route\'s limit a 413), and the options of `hearback import csv`. `columns` chooses a field (or `null`) for each column by position, replacing the detected mapping.';

/** Importing a tracker's CSV export: a preview that writes nothing, then the import itself. */
export const importRoutes = [
  route({
    method: 'POST',
    url: '/api/import/preview',
    tag: 'import',
    summary: 'What importing a CSV file would do, without writing anything: format, columns, date columns, counts and the first rows.',
    description: `${UPLOAD} The answer is \`ready\` with the dry run's report and the first rows as they would import, or the question to ask first: \`needs-mapping\` (no company or role column), \`needs-date-order\` (numeric dates that read both ways, with examples), \`bad-mapping\`, \`unreadable\`.`,
    body: { schema: ImportUpload },
    bodyLimit: UPLOAD_BODY_LIMIT,
    response: importPreviewSchema,
    notifies: false,
    async handler({ deps, body }) {
      const { bytes, options } = readUpload(body);
      return previewImport(deps, bytes, options);
    },
  }),
  route({
    method: 'POST',
    url: '/api/import',
    tag: 'import',
    summary: 'Imports a CSV file in one transaction and reports what it created, updated, left unchanged and rejected.',
    description: `${UPLOAD} Send the options the preview ended with. Importing the same file again reports every row unchanged. A file that still needs an answer comes back as the preview's question, with nothing written.`,
    body: { schema: ImportUpload },
    bodyLimit: UPLOAD_BODY_LIMIT,
    response: importResultSchema,
    async handler({ deps, body }) {
      const { bytes, options } = readUpload(body);
      return importCsv(deps, bytes, options);
    },
  }),
];
