/** @jsxImportSource preact */
import { useEffect, useRef, useState } from 'preact/hooks';
import { api, errorMessage } from '../../api/client';
import type { ImportCsvResult, ImportField, ImportPreview, ImportUpload, NumericDateOrder } from '../../api/types';
import { zonedClock } from '../../lib/format-time';
import { chooseColumn, uploadProblem } from '../../lib/import-fields';
import { useApp } from '../../ui/app-context';
import { PageTitle } from '../../ui/page-title';
import { FilePicker } from './file-picker';
import { ImportDone } from './import-report';
import { PreviewPanel } from './preview-panel';
import { readAsBase64 } from './read-file';
import { WhereToFind } from './where-to-find';

interface Upload {
  name: string;
  /** The file's bytes, base64. */
  file: string;
}
interface Choices {
  /** The user's mapping, once they changed a select; the detected one until then. */
  columns: (ImportField | null)[] | null;
  dateOrder: NumericDateOrder | null;
}
type State =
  | { step: 'pick' }
  | { step: 'preview'; upload: Upload; preview: ImportPreview }
  | { step: 'done'; upload: Upload; result: Extract<ImportCsvResult, { kind: 'imported' }> };

const NONE: Choices = { columns: null, dateOrder: null };
const BUSY_TEXT = { reading: 'Reading the file…', previewing: 'Checking the file…', importing: 'Importing…' } as const;

function bodyOf(upload: Upload, choices: Choices): ImportUpload {
  return { file: upload.file, name: upload.name, ...(choices.columns ? { columns: choices.columns } : {}), ...(choices.dateOrder ? { dateOrder: choices.dateOrder } : {}) };
}

/** Import: pick a CSV file, check the preview (columns, dates, rows), import, and read the report. */
export function ImportView() {
  const app = useApp();
  const [state, setState] = useState<State>({ step: 'pick' });
  const [choices, setChoices] = useState<Choices>(NONE);
  const [busy, setBusy] = useState<keyof typeof BUSY_TEXT | null>(null);
  const [error, setError] = useState<string | null>(null);
  const latest = useRef(0);
  const focusNext = useRef<string | null>(null);

  // After a step, the focus moves to its heading (or back to the file input), so the next Tab continues there.
  useEffect(() => {
    if (focusNext.current === null) return;
    document.getElementById(focusNext.current)?.focus();
    focusNext.current = null;
  }, [state]);

  const preview = async (upload: Upload, next: Choices, focus: boolean): Promise<void> => {
    const ticket = ++latest.current;
    setBusy('previewing');
    setError(null);
    try {
      const answer = await api<ImportPreview>('POST', '/api/import/preview', bodyOf(upload, next));
      if (ticket !== latest.current) return;
      if (focus) focusNext.current = 'import-preview-heading';
      setState({ step: 'preview', upload, preview: answer });
    } catch (caught) {
      if (ticket === latest.current) setError(errorMessage(caught));
    } finally {
      if (ticket === latest.current) setBusy(null);
    }
  };

  const pick = async (file: File): Promise<void> => {
    const problem = uploadProblem(file.name, file.size);
    setError(problem);
    if (problem) return;
    setBusy('reading');
    try {
      const upload = { name: file.name, file: await readAsBase64(file) };
      setChoices(NONE);
      await preview(upload, NONE, true);
    } catch (caught) {
      setError(errorMessage(caught));
      setBusy(null);
    }
  };

  const choose = (next: Choices): void => {
    setChoices(next);
    if (state.step === 'preview') void preview(state.upload, next, false);
  };

  const commit = async (): Promise<void> => {
    if (state.step !== 'preview') return;
    const ticket = ++latest.current;
    setBusy('importing');
    setError(null);
    try {
      const result = await api<ImportCsvResult>('POST', '/api/import', bodyOf(state.upload, choices));
      if (result.kind === 'imported') {
        focusNext.current = 'import-report-heading';
        setState({ step: 'done', upload: state.upload, result });
        void app.refresh().catch(() => undefined);
      } else if (result.kind !== 'declined') {
        setState({ ...state, preview: result });
      }
    } catch (caught) {
      setError(errorMessage(caught));
    } finally {
      if (ticket === latest.current) setBusy(null);
    }
  };

  const again = (): void => {
    focusNext.current = 'import-file';
    setChoices(NONE);
    setState({ step: 'pick' });
  };

  const current = state.step === 'preview' ? state.preview : null;
  const columnsNow = current && current.kind !== 'unreadable' ? current.file.columns.map((c) => c.field) : [];
  return (
    <div class="import">
      <PageTitle title="Import applications" />
      <p class="lead">Bring your applications from LinkedIn, Huntr, Teal, JobSync, Reactive Resume, or any spreadsheet saved as CSV. hearback plans each follow-up from the dates in the file.</p>
      {state.step === 'done' ? (
        <ImportDone result={state.result} name={state.upload.name} onAgain={again} />
      ) : (
        <section class="panel" aria-labelledby="pick-heading">
          <h2 id="pick-heading">1. Choose the file</h2>
          <FilePicker busy={busy === 'reading' || busy === 'importing'} onFile={(file) => void pick(file)} />
          {state.step === 'pick' && <WhereToFind />}
        </section>
      )}
      <p class="import-status muted" role="status">
        {busy ? BUSY_TEXT[busy] : ''}
      </p>
      {error && (
        <p class="form-error" role="alert">
          {error}
        </p>
      )}
      {state.step === 'preview' && (
        <PreviewPanel
          name={state.upload.name}
          preview={state.preview}
          columns={choices.columns}
          dateOrder={choices.dateOrder}
          busy={busy !== null}
          zone={app.timezone}
          year={zonedClock(app.now(), app.timezone).date.slice(0, 4)}
          onColumn={(index, field) => choose({ ...choices, columns: chooseColumn(choices.columns ?? columnsNow, index, field) })}
          onDateOrder={(order) => choose({ ...choices, dateOrder: order })}
          onImport={() => void commit()}
        />
      )}
    </div>
  );
}
