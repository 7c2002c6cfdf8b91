import { z } from 'zod';
import { AppError } from '../core/app-error';
import {
  DELIMITERS,
  FORMAT_CHOICES,
  IMPORT_FIELDS,
  NUMERIC_DATE_ORDERS,
  prepareImport,
  type DateColumnDecision,
  type ImportedRow,
  type ImportFile,
  type ImportRowResult,
  type PreparedImport,
} from '../core/import';
import { nowIso, type AppDeps } from './deps';
import { writeImportedRows, type RowOutcome } from './import-write';
import { loadSettings } from './settings';
import { uniqueWithin } from './unique-ids';
import { validate } from './validate';

/** Larger than any tracker's export by far; a bigger file is a mistake (a video, a database dump). */
export const MAX_IMPORT_BYTES = 64 * 1024 * 1024;

export const ImportCsvOptions = z.object({
  format: z.enum(FORMAT_CHOICES).default('auto'),
  /** A field (or `null`, not imported) for each column by position, as the web page's selects give it. */
  columns: z.array(z.enum(IMPORT_FIELDS).nullable()).max(10_000).optional(),
  /** `Header=field,...`, as `--map` takes it; applied over `columns`. */
  map: z.string().max(10_000).optional(),
  dateOrder: z.enum(NUMERIC_DATE_ORDERS).optional(),
  delimiter: z.enum(DELIMITERS).optional(),
  /** Everything runs, in a transaction that is then rolled back. */
  dryRun: z.boolean().default(false),
});
export type ImportCsvOptions = z.input<typeof ImportCsvOptions>;

export interface ImportReport {
  created: number;
  updated: number;
  unchanged: number;
  /** Rows that wrote nothing, each with why. */
  rejected: { line: number; reason: string; field: string | null }[];
  /** What the import had to decide for rows it wrote: "no date for the application; dated at the import". */
  warnings: { line: number; message: string }[];
}

export interface ImportHooks {
  /**
   * Called with the file as read, after every check and before anything is written (not on a dry run):
   * returning false stops the import with a `declined` result. The CLI shows a preview and asks here when
   * the format was only guessed from the headers.
   */
  confirm?: (file: ImportFile, rows: readonly ImportRowResult[]) => boolean | Promise<boolean>;
  /**
   * Called with every row as read, on a dry run too, before anything is written: the web page's preview
   * shows what each row would import (dates, contacts, warnings), which the report does not carry.
   */
  read?: (file: ImportFile, rows: readonly ImportRowResult[]) => void;
}

export type ImportCsvResult =
  | Exclude<PreparedImport, { kind: 'ready' }>
  | { kind: 'declined'; file: ImportFile }
  | {
      kind: 'imported';
      dryRun: boolean;
      file: ImportFile;
      /** How each date column was read, and what decided it. */
      dates: DateColumnDecision[];
      report: ImportReport;
      /** One entry per written or unchanged row, in file order. */
      rows: RowOutcome[];
    };

/** Thrown inside a dry run's transaction to roll it back, carrying the result out. */
class DryRunRollback extends Error {
  constructor(readonly result: ImportCsvResult) {
    super('dry run');
  }
}

function reportOf(
  prepared: Extract<PreparedImport, { kind: 'ready' }>,
  outcomes: readonly RowOutcome[],
): ImportReport {
  const count = (kind: RowOutcome['outcome']) => outcomes.filter((o) => o.outcome === kind).length;
  const written = new Map(outcomes.filter((o) => o.outcome !== 'unchanged').map((o) => [o.line, o]));
  return {
    created: count('created'),
    updated: count('updated'),
    unchanged: count('unchanged'),
    rejected: prepared.rows.flatMap((r) =>
      r.kind === 'rejected' ? [{ line: r.line, reason: r.reason, field: r.field ?? null }] : [],
    ),
    warnings: [
      ...prepared.rows.flatMap((r) =>
        r.kind === 'ok' && written.has(r.line)
          ? (written.get(r.line)?.warnings ?? r.warnings).map((message) => ({ line: r.line, message }))
          : [],
      ),
      ...outcomes.flatMap((o) => (o.note === undefined ? [] : [{ line: o.line, message: o.note }])),
    ].sort((a, b) => a.line - b.line),
  };
}

/**
 * Imports a CSV file of applications: reads it (encoding, delimiter, format, `--map`, date columns) with
 * `prepareImport`, and when it is ready writes every `ok` row in ONE transaction, so an import lands whole
 * or not at all, even when the process is killed half-way. Re-importing the same file changes nothing:
 * each row's natural key finds the application it made, and an unchanged fingerprint leaves it alone.
 * Rejected rows write nothing and are reported with their reasons. A file that needs the user (a mapping,
 * a date order) comes back as that outcome, untouched, for the caller to ask. `dryRun` does everything and
 * rolls back, so its report is exactly what the real import would say.
 */
export async function importCsv(
  deps: AppDeps,
  bytes: Uint8Array,
  raw: ImportCsvOptions = {},
  hooks: ImportHooks = {},
): Promise<ImportCsvResult> {
  const options = validate(ImportCsvOptions, raw);
  if (bytes.byteLength > MAX_IMPORT_BYTES) {
    throw new AppError(
      'validation',
      `the file is ${Math.round(bytes.byteLength / 1048576)} MB; hearback imports CSV files up to 64 MB`,
      { field: 'file' },
    );
  }
  const settings = await loadSettings(deps);
  const now = nowIso(deps);
  const prepared = prepareImport(bytes, {
    zone: settings.timezone,
    now,
    format: options.format,
    ...(options.columns === undefined ? {} : { columns: options.columns }),
    ...(options.map === undefined ? {} : { map: options.map }),
    ...(options.dateOrder === undefined ? {} : { dateOrder: options.dateOrder }),
    ...(options.delimiter === undefined ? {} : { delimiter: options.delimiter }),
  });
  if (prepared.kind !== 'ready') return prepared;
  hooks.read?.(prepared.file, prepared.rows);
  if (!options.dryRun && hooks.confirm && !(await hooks.confirm(prepared.file, prepared.rows))) {
    return { kind: 'declined', file: prepared.file };
  }

  const ok = prepared.rows.filter((r): r is ImportedRow => r.kind === 'ok');
  const ids = uniqueWithin(deps.ids);
  try {
    return await deps.db.transaction(async (db) => {
      const rows = await writeImportedRows(
        { deps, db, ids, settings, now, format: prepared.file.format },
        ok,
      );
      const result: ImportCsvResult = {
        kind: 'imported',
        dryRun: options.dryRun,
        file: prepared.file,
        dates: prepared.dates,
        report: reportOf(prepared, rows),
        rows,
      };
      if (options.dryRun) throw new DryRunRollback(result);
      return result;
    });
  } catch (error) {
    if (error instanceof DryRunRollback) return error.result;
    throw error;
  }
}
