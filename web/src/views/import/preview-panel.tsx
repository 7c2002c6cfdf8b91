/** @jsxImportSource preact */
import type { ImportField, ImportFile, ImportPreview, NumericDateOrder } from '../../api/types';
import { ColumnMapping } from './column-mapping';
import { DateOrder } from './date-order';
import { ReportCounts, ReportLines } from './import-report';
import { PreviewRows } from './preview-rows';

interface Props {
  name: string;
  preview: ImportPreview;
  /** The columns as the user chose them, or `null` for the detected mapping. */
  columns: readonly (ImportField | null)[] | null;
  dateOrder: NumericDateOrder | null;
  busy: boolean;
  zone: string;
  year: string;
  onColumn(index: number, field: ImportField | null): void;
  onDateOrder(order: NumericDateOrder): void;
  onImport(): void;
}

const HOW: Record<ImportFile['confidence'], string> = {
  exact: 'recognised',
  likely: 'recognised by its columns',
  guess: 'guessed from the column names: check the columns below',
  none: 'not recognised',
};

/** "Read Job Applications.csv as LinkedIn Job Applications.csv (recognised)." */
function fileLine(name: string, file: ImportFile, chosen: boolean): string {
  return `Read ${name} as ${file.formatLabel} (${chosen ? 'with the columns you chose' : HOW[file.confidence]}).`;
}

/**
 * Step 2: how the file was read, the columns with a select each, the date question, the counts a dry run
 * gives and the first rows as they would import; then step 3, the button. Nothing is written before it.
 */
export function PreviewPanel({ name, preview, columns, dateOrder, busy, zone, year, onColumn, onDateOrder, onImport }: Props) {
  if (preview.kind === 'unreadable') {
    return (
      <section class="panel" aria-labelledby="import-preview-heading">
        <h2 id="import-preview-heading" tabIndex={-1}>
          2. Check what will be imported
        </h2>
        <p class="form-error" role="alert">
          hearback cannot read {name} as CSV: {preview.error.message}. Is it a CSV file? A spreadsheet can be saved as CSV with File → Save as.
        </p>
      </section>
    );
  }
  const file = preview.file;
  const ready = preview.kind === 'ready' ? preview : null;
  const attention = preview.kind === 'needs-mapping' || preview.kind === 'bad-mapping' || file.confidence === 'guess';
  const writes = ready ? ready.report.created + ready.report.updated : 0;
  return (
    <>
      <section class="panel" aria-labelledby="import-preview-heading" aria-busy={busy}>
        <h2 id="import-preview-heading" tabIndex={-1}>
          2. Check what will be imported
        </h2>
        <p>{fileLine(name, file, columns !== null)}</p>
        {preview.kind === 'needs-mapping' && (
          <p class="notice notice-warning" role="status">
            hearback found no {preview.missing.map((m) => (m === 'company' ? 'company' : 'role')).join(' and no ')} column. Say below which column holds what.
          </p>
        )}
        {preview.kind === 'bad-mapping' && (
          <p class="form-error" role="alert">
            {preview.error}
          </p>
        )}
        <details class="import-columns" open={attention}>
          <summary>Columns ({file.columns.length}): which column goes where</summary>
          <ColumnMapping file={file} fields={columns ?? file.columns.map((c) => c.field)} onChoose={onColumn} />
        </details>
        {(preview.kind === 'needs-date-order' || (ready && ready.dates.length > 0)) && (
          <DateOrder file={file} ambiguous={preview.kind === 'needs-date-order' ? preview.columns : []} decided={ready?.dates ?? []} chosen={dateOrder} onChoose={onDateOrder} />
        )}
        {ready && (
          <>
            <h3>
              {ready.totalRows} {ready.totalRows === 1 ? 'row' : 'rows'}; importing would give
            </h3>
            <ReportCounts report={ready.report} future />
            <h3>{ready.rows.length < ready.totalRows ? `The first ${ready.rows.length} rows` : 'The rows'}</h3>
            <PreviewRows rows={ready.rows} zone={zone} year={year} />
            {/* The rows above show their own reasons and notes; the lists are for the rows beyond them. */}
            {ready.rows.length < ready.totalRows && <ReportLines report={ready.report} future />}
          </>
        )}
      </section>
      {ready && (
        <section class="panel" aria-labelledby="import-go-heading">
          <h2 id="import-go-heading">3. Import</h2>
          <p class="muted">
            {writes === 0
              ? 'Everything in this file is already in hearback: importing changes nothing.'
              : 'Everything is written at once, or nothing. Importing the same file again later changes nothing.'}
          </p>
          <button type="button" class="button button-primary" disabled={busy} onClick={onImport}>
            {writes === 0 ? 'Import anyway' : `Import ${writes} ${writes === 1 ? 'application' : 'applications'}`}
          </button>
        </section>
      )}
    </>
  );
}
