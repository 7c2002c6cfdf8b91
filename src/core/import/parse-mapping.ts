import { IMPORT_FIELDS, isImportField } from './import-field';
import type { ColumnMapping, ImportField } from './import-field';
import { normalizeHeader } from './header-aliases';

/** One `Header=field` pair from `--map`. */
export interface MappingEntry {
  header: string;
  field: ImportField;
}

export type MappingResult = { ok: true; entries: MappingEntry[] } | { ok: false; error: string };

/** Splits on commas outside double quotes, so a header containing a comma can be quoted. */
function splitParts(text: string): string[] | null {
  const parts: string[] = [];
  let current = '';
  let inQuotes = false;
  for (const ch of text) {
    if (ch === '"') inQuotes = !inQuotes;
    else if (ch === ',' && !inQuotes) {
      parts.push(current);
      current = '';
    } else current += ch;
  }
  if (inQuotes) return null;
  parts.push(current);
  return parts;
}

/**
 * Parses a `--map` value: comma-separated `Header=field` pairs. A header with a comma in it is quoted
 * (`"Company, legal name"=company`); the last `=` separates, since fields never contain one. The field must
 * be one of the import fields. Errors name the bad part and say what would be right; it never throws.
 *
 * @example
 * parseMapping('Employer=company, Position=role')
 * // { ok: true, entries: [{ header: 'Employer', field: 'company' }, { header: 'Position', field: 'role' }] }
 * parseMapping('Employer=firm')
 * // { ok: false, error: 'part 1 "Employer=firm": "firm" is not a field; the fields are company, role, ...' }
 */
export function parseMapping(text: string): MappingResult {
  const parts = splitParts(text);
  if (parts === null) return { ok: false, error: 'a quote in the mapping is never closed' };
  const entries: MappingEntry[] = [];
  for (const [index, raw] of parts.entries()) {
    const part = raw.trim();
    const label = `part ${index + 1} "${part}"`;
    if (part === '')
      return { ok: false, error: `part ${index + 1} is empty; write Header=field pairs separated by commas` };
    const eq = part.lastIndexOf('=');
    if (eq < 0) return { ok: false, error: `${label} has no "="; write it as Header=field` };
    const header = part.slice(0, eq).trim();
    const field = part.slice(eq + 1).trim();
    if (header === '') return { ok: false, error: `${label} names no column before "="` };
    if (!isImportField(field)) {
      return {
        ok: false,
        error: `${label}: "${field}" is not a field; the fields are ${IMPORT_FIELDS.join(', ')}`,
      };
    }
    if (entries.some((e) => normalizeHeader(e.header) === normalizeHeader(header))) {
      return { ok: false, error: `${label}: the column "${header}" is mapped twice` };
    }
    if (field !== 'ignore' && field !== 'salary' && entries.some((e) => e.field === field)) {
      return { ok: false, error: `${label}: the field "${field}" is already filled by another column` };
    }
    entries.push({ header, field });
  }
  return { ok: true, entries };
}

/**
 * Lays a parsed `--map` over a detected mapping: the named columns take the given fields, the others keep
 * theirs, and a column that kept a field the user gave to another column is left out. A header the file
 * does not have is an error that lists the file's headers.
 *
 * @example
 * applyMapping(['Firm', 'Job'], [{ header: 'Firm', field: 'company' }], [null, 'role'])
 * // { ok: true, mapping: ['company', 'role'] }
 */
export function applyMapping(
  headers: readonly string[],
  entries: readonly MappingEntry[],
  base: ColumnMapping,
): { ok: true; mapping: ColumnMapping } | { ok: false; error: string } {
  const mapping: (ImportField | null)[] = headers.map((_, i) => base[i] ?? null);
  const given = new Set<number>();
  for (const entry of entries) {
    const index = headers.findIndex((h) => normalizeHeader(h) === normalizeHeader(entry.header));
    if (index < 0) {
      const known = headers.map((h) => `"${h}"`).join(', ');
      return {
        ok: false,
        error: `--map names a column "${entry.header}" the file does not have; its columns are ${known}`,
      };
    }
    mapping[index] = entry.field;
    given.add(index);
  }
  const exclusive = new Set<ImportField>(
    entries.map((e) => e.field).filter((f) => f !== 'ignore' && f !== 'salary'),
  );
  return {
    ok: true,
    mapping: mapping.map((field, i) =>
      field !== null && !given.has(i) && exclusive.has(field) ? null : field,
    ),
  };
}
