import { AppError } from '../core/app-error';
import type { DateColumnDecision, ImportFile, ImportRowResult } from '../core/import';
import type { EventKind, Stage } from '../core/model';
import type { AppDeps } from './deps';
import { importCsv, type ImportCsvOptions, type ImportCsvResult, type ImportReport } from './import-csv';
import type { RowOutcome, RowOutcomeKind } from './import-write';

/** Enough rows to check that the columns were read right, few enough to read on a phone. */
export const PREVIEW_ROWS = 20;

/** One row of the file as it would import, or why it would not. */
export interface PreviewRow {
  line: number;
  outcome: RowOutcomeKind | 'rejected';
  /** `null` for a rejected row, which carries none of its values. */
  company: string | null;
  role: string | null;
  stage: Stage | null;
  postingUrl: string | null;
  /** The events the row gives the application, in order, each with its date. */
  events: { kind: EventKind; at: string }[];
  contacts: { name: string | null; email: string | null; phone: string | null }[];
  /** What the import had to decide for this row, and why an unchanged row stays so. */
  warnings: string[];
  /** Why a rejected row is rejected: "line 7: no company name". */
  reason: string | null;
  field: string | null;
}

export type ImportPreview =
  | Exclude<ImportCsvResult, { kind: 'imported' } | { kind: 'declined' }>
  | {
      kind: 'ready';
      file: ImportFile;
      /** How each date column was read, and what decided it. */
      dates: DateColumnDecision[];
      /** The dry run's report: what importing would create, update, leave unchanged and reject. */
      report: ImportReport;
      /** The first rows of the file, in file order. */
      rows: PreviewRow[];
      /** How many data rows the file holds. */
      totalRows: number;
    };

function previewRow(row: ImportRowResult, outcome: RowOutcome | undefined): PreviewRow {
  if (row.kind === 'rejected') {
    return { line: row.line, outcome: 'rejected', company: null, role: null, stage: null, postingUrl: null, events: [], contacts: [], warnings: [], reason: row.reason, field: row.field ?? null };
  }
  return {
    line: row.line,
    // Every `ok` row has an outcome; `created` only stands in should that ever change.
    outcome: outcome?.outcome ?? 'created',
    company: row.application.company,
    role: row.application.role,
    stage: row.stage,
    postingUrl: row.application.postingUrl,
    // An updated row is dated with what the store knows (see `restage`): show those dates, not the file's.
    events: (outcome?.events ?? row.events).map((e) => ({ kind: e.kind, at: e.at })),
    contacts: row.contacts.map((c) => ({ name: c.name, email: c.email, phone: c.phone })),
    warnings: [...(outcome?.warnings ?? row.warnings), ...(outcome?.note === undefined ? [] : [outcome.note])],
    reason: null,
    field: null,
  };
}

/**
 * What importing a file would do, without writing anything: how it was read (format, columns with their
 * samples, date columns), the dry run's counts and report, and the first rows as they would import. A file
 * that needs the user (a mapping, a date order) comes back as that question, as `importCsv` gives it, for
 * the page to ask and call again with the answer.
 */
export async function previewImport(deps: AppDeps, bytes: Uint8Array, options: Omit<ImportCsvOptions, 'dryRun'>): Promise<ImportPreview> {
  let read: readonly ImportRowResult[] = [];
  const result = await importCsv(deps, bytes, { ...options, dryRun: true }, { read: (_file, rows) => (read = rows) });
  if (result.kind === 'declined') throw new AppError('internal', 'a preview never asks for confirmation');
  if (result.kind !== 'imported') return result;
  const outcomes = new Map(result.rows.map((r) => [r.line, r]));
  return {
    kind: 'ready',
    file: result.file,
    dates: result.dates,
    report: result.report,
    rows: read.slice(0, PREVIEW_ROWS).map((row) => previewRow(row, outcomes.get(row.line))),
    totalRows: read.length,
  };
}
