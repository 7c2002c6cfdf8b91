import {
  exportDocumentSchema,
  EXPORT_FORMAT,
  EXPORT_VERSION,
  formatPath,
  referenceProblems,
} from './export-document';
import type { ExportDocument, ExportProblem } from './export-document';

export type ParsedExport = { ok: true; doc: ExportDocument } | { ok: false; problems: ExportProblem[] };

/** The first problems are enough to fix a file; a thousand lines of them help nobody. */
const MAX_PROBLEMS = 20;

function header(value: unknown): ExportProblem | null {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    return { path: '', message: 'the file is not a hearback export: it holds no JSON object' };
  }
  const { format, version } = value as { format?: unknown; version?: unknown };
  if (format !== EXPORT_FORMAT)
    return {
      path: 'format',
      message: `the file is not a hearback export: format is ${JSON.stringify(format)}`,
    };
  if (typeof version === 'number' && version > EXPORT_VERSION) {
    return {
      path: 'version',
      message: `the file is version ${version}, newer than this hearback reads (${EXPORT_VERSION}); update hearback`,
    };
  }
  return null;
}

/**
 * A version 1 file, from before the export carried mail, read as a version 2 one with no outbox and no
 * mail records: that is what it says, since version 1 left them out.
 */
function upgraded(value: Record<string, unknown>): Record<string, unknown> {
  if (value.version !== 1) return value;
  return { outbox: [], mailRecords: [], ...value, version: EXPORT_VERSION };
}

/**
 * Reads a `hearback export json` file for a restore. Every problem is a value naming its path, such as
 * `applications[3].company: expected string, received number`; nothing is thrown, whatever the text. It
 * checks, in turn, that the text is JSON, that it is a hearback export of a version this code reads, that
 * every row has the model's shape, and that every row points at an application the file holds.
 *
 * @example
 * parseExportJson('{"format":"hearback-export","version":1,...}') // { ok: true, doc: { ... } }
 * parseExportJson('[]') // { ok: false, problems: [{ path: '', message: 'the file is not a hearback export: it holds no JSON object' }] }
 */
export function parseExportJson(text: string): ParsedExport {
  let value: unknown;
  try {
    value = JSON.parse(text.startsWith('\uFEFF') ? text.slice(1) : text);
  } catch (error) {
    return {
      ok: false,
      problems: [
        {
          path: '',
          message: `the file is not JSON: ${error instanceof Error ? error.message : String(error)}`,
        },
      ],
    };
  }
  const wrong = header(value);
  if (wrong !== null) return { ok: false, problems: [wrong] };
  const parsed = exportDocumentSchema.safeParse(upgraded(value as Record<string, unknown>));
  if (!parsed.success) {
    const problems = parsed.error.issues
      .slice(0, MAX_PROBLEMS)
      .map((issue) => ({ path: formatPath(issue.path), message: issue.message }));
    return { ok: false, problems };
  }
  const references = referenceProblems(parsed.data);
  return references.length > 0
    ? { ok: false, problems: references.slice(0, MAX_PROBLEMS) }
    : { ok: true, doc: parsed.data };
}
