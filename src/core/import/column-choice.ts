import { IMPORT_FIELDS, isImportField } from './import-field';
import type { ColumnMapping, ImportField } from './import-field';

/** Fields that several columns may take, since neither is stored. */
const SHARED: ReadonlySet<ImportField> = new Set(['ignore', 'salary']);

export type ColumnChoiceResult = { ok: true; mapping: ColumnMapping } | { ok: false; error: string };

/**
 * Checks a mapping chosen column by column (the web page's one select per column), by position rather
 * than by header name: a header may be empty, repeated, or hold quotes and commas that a `--map` string
 * cannot say. There must be one choice per column, each an import field or `null` (not imported), and a
 * field other than `ignore` and `salary` may be chosen for one column only. Errors name the columns at
 * fault; it never throws, whatever it is given.
 *
 * @example
 * checkColumnChoice(['Employer', 'Position', 'When'], ['company', 'role', 'appliedAt'])
 * // { ok: true, mapping: ['company', 'role', 'appliedAt'] }
 * checkColumnChoice(['A', 'B'], ['company', 'company'])
 * // { ok: false, error: 'company is chosen for both "A" and "B"; pick it for one column only' }
 */
export function checkColumnChoice(
  headers: readonly string[],
  columns: readonly unknown[],
): ColumnChoiceResult {
  if (columns.length !== headers.length) {
    return {
      ok: false,
      error: `the mapping has ${columns.length} column${columns.length === 1 ? '' : 's'} but the file has ${headers.length}; choose again from the preview`,
    };
  }
  const mapping: (ImportField | null)[] = [];
  const takenBy = new Map<ImportField, number>();
  for (const [index, choice] of columns.entries()) {
    const name = headerName(headers, index);
    if (choice === null) {
      mapping.push(null);
      continue;
    }
    if (typeof choice !== 'string' || !isImportField(choice)) {
      return {
        ok: false,
        error: `column ${name}: "${String(choice)}" is not a field; the fields are ${IMPORT_FIELDS.join(', ')}`,
      };
    }
    const earlier = takenBy.get(choice);
    if (earlier !== undefined && !SHARED.has(choice)) {
      return {
        ok: false,
        error: `${choice} is chosen for both ${headerName(headers, earlier)} and ${name}; pick it for one column only`,
      };
    }
    takenBy.set(choice, index);
    mapping.push(choice);
  }
  return { ok: true, mapping };
}

/** A column as a person recognises it: its header, or its position when the header is blank. */
function headerName(headers: readonly string[], index: number): string {
  const header = headers[index]?.trim() ?? '';
  return header === '' ? `number ${index + 1} (no header)` : `"${header}"`;
}
