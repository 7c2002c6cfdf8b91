/** @jsxImportSource preact */
import type { ImportField, ImportFile } from '../../api/types';
import { FIELD_CHOICES, FIELD_LABELS } from '../../lib/import-fields';

interface Props {
  file: ImportFile;
  /** The field of each column as chosen, shown at once, before the preview that follows a change answers. */
  fields: readonly (ImportField | null)[];
  onChoose(index: number, field: ImportField | null): void;
}

const headerText = (header: string, index: number): string => (header.trim() === '' ? `Column ${index + 1} (no header)` : header);

/**
 * One select per column of the file, with the column's first values, saying which hearback field it fills.
 * A change previews the file again with the new mapping. The selects stay enabled meanwhile: disabling
 * the focused one would drop the focus to the top of the page.
 */
export function ColumnMapping({ file, fields, onChoose }: Props) {
  return (
    <ul class="mapping-list">
      {file.columns.map((column, index) => {
        const id = `map-${index}`;
        const chosen = index < fields.length ? (fields[index] ?? null) : column.field;
        const field = chosen === 'ignore' ? null : chosen;
        return (
          <li key={index} class="mapping-item">
            <div class="mapping-column">
              <label for={id} class="mapping-header">
                {headerText(column.header, index)}
                <span class="visually-hidden"> imports as</span>
              </label>
              <span id={`${id}-samples`} class="mapping-samples muted">
                {column.samples.length ? column.samples.join(' · ') : 'empty'}
              </span>
            </div>
            <select
              id={id}
              aria-describedby={`${id}-samples`}
              value={field ?? ''}
              onChange={(event) => {
                const value = event.currentTarget.value;
                onChoose(index, value === '' ? null : (value as ImportField));
              }}
            >
              <option value="">Not imported</option>
              {FIELD_CHOICES.map((choice) => (
                <option key={choice} value={choice}>
                  {FIELD_LABELS[choice]}
                </option>
              ))}
            </select>
          </li>
        );
      })}
    </ul>
  );
}
