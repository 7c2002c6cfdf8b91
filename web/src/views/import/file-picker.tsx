/** @jsxImportSource preact */
import { useState } from 'preact/hooks';

interface Props {
  busy: boolean;
  onFile(file: File): void;
}

/**
 * Where the file comes in: the browser's own file input, which every keyboard and screen reader knows,
 * inside a zone that also takes a file dropped on it.
 */
export function FilePicker({ busy, onFile }: Props) {
  const [over, setOver] = useState(false);
  const drop = (event: DragEvent): void => {
    event.preventDefault();
    setOver(false);
    const file = event.dataTransfer?.files[0];
    if (file && !busy) onFile(file);
  };
  return (
    <div
      class={`dropzone${over ? ' is-over' : ''}`}
      onDragOver={(event) => {
        event.preventDefault();
        setOver(true);
      }}
      onDragLeave={() => setOver(false)}
      onDrop={drop}
    >
      <label class="field" for="import-file">
        <span>Choose a CSV file</span>
      </label>
      <input
        id="import-file"
        type="file"
        accept=".csv,.tsv,.txt,text/csv,text/tab-separated-values"
        aria-describedby="import-file-help"
        disabled={busy}
        onChange={(event) => {
          const file = event.currentTarget.files?.[0];
          // Cleared at once, so that choosing the same file again (after fixing it) reads it again.
          event.currentTarget.value = '';
          if (file) onFile(file);
        }}
      />
      <p id="import-file-help" class="muted">
        Or drop it here. Up to 20 MB. Nothing is imported until you have seen the preview.
      </p>
    </div>
  );
}
