/** @jsxImportSource preact */
import { useEffect } from 'preact/hooks';
import type { ImportCsvResult, ImportReport as Report } from '../../api/types';
import { href } from '../../lib/route';

type Imported = Extract<ImportCsvResult, { kind: 'imported' }>;

/** Past this many, the list of imported applications points to the board. */
const LISTED = 50;

/** The four counts of a report or a dry run, as tiles. */
export function ReportCounts({ report, future }: { report: Report; future: boolean }) {
  const tiles: [number, string][] = [
    [report.created, future ? 'new' : 'created'],
    [report.updated, future ? 'to update' : 'updated'],
    [report.unchanged, 'unchanged'],
    [report.rejected.length, future ? 'not imported' : 'rejected'],
  ];
  return (
    <div class="stats import-counts">
      {tiles.map(([count, label]) => (
        <div key={label} class="stat">
          <span class="stat-value">{count}</span>
          <span class="stat-label">{label}</span>
        </div>
      ))}
    </div>
  );
}

/** Rows that were not imported, and what the import decided for the others, line by line. */
export function ReportLines({ report, future = false }: { report: Report; future?: boolean }) {
  return (
    <>
      {report.rejected.length > 0 && (
        <section aria-labelledby="rejected-heading">
          <h3 id="rejected-heading">
            {future ? 'Not imported' : 'Rejected'} ({report.rejected.length})
          </h3>
          <ul class="report-lines">
            {report.rejected.map((r) => (
              <li key={r.line}>{r.reason}</li>
            ))}
          </ul>
        </section>
      )}
      {report.warnings.length > 0 && (
        <section aria-labelledby="warnings-heading">
          <h3 id="warnings-heading">Worth knowing ({report.warnings.length})</h3>
          <ul class="report-lines">
            {report.warnings.map((w, i) => (
              <li key={i}>
                Line {w.line}: {w.message}
              </li>
            ))}
          </ul>
        </section>
      )}
    </>
  );
}

/** After the import: what it did, line by line, and where to go next. The heading takes the focus. */
export function ImportDone({ result, name, onAgain }: { result: Imported; name: string; onAgain(): void }) {
  useEffect(() => {
    document.getElementById('import-report-heading')?.focus();
  }, [result]);
  const { report } = result;
  const written = result.rows.filter((r) => r.outcome !== 'unchanged');
  const summary =
    report.created + report.updated === 0
      ? `Nothing changed: every application in ${name} was already in hearback.`
      : `${name} is imported. hearback planned the follow-ups of every application from the dates in the file.`;
  return (
    <section class="panel" aria-labelledby="import-report-heading">
      <h2 id="import-report-heading" tabIndex={-1}>
        Import finished
      </h2>
      <p>{summary}</p>
      <ReportCounts report={report} future={false} />
      <ReportLines report={report} />
      {written.length > 0 && (
        <details class="import-written">
          <summary>The applications it {report.updated ? 'created or updated' : 'created'}</summary>
          <ul>
            {written.slice(0, LISTED).map((r) => (
              <li key={r.line}>
                <a href={href({ name: 'application', id: r.applicationId })}>
                  {r.company} — {r.role}
                </a>
              </li>
            ))}
          </ul>
          {written.length > LISTED && <p class="muted">…and {written.length - LISTED} more, all on the board.</p>}
        </details>
      )}
      <div class="button-row">
        <a class="button button-primary" href={href({ name: 'today' })}>
          See what to do today
        </a>
        <a class="button" href={href({ name: 'board' })}>
          Open the board
        </a>
        <button type="button" class="button button-quiet" onClick={onAgain}>
          Import another file
        </button>
      </div>
    </section>
  );
}
