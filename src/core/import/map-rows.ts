import { cellValue, isDateField } from './import-field';
import type { ColumnMapping, DateField, ImportField } from './import-field';
import type { NumericDateOrder, ParsedDate } from './date-value';
import type { FormatSpec } from './known-formats';
import type { ParsedCsv } from './parse-csv';
import { resolveDateColumn } from './resolve-date-column';
import type { DateColumnResult, DateOrder, DateOrderSource } from './resolve-date-column';
import { normalizeHeader } from './header-aliases';
import { unguardCell } from './hearback-format';
import type { RestoredField } from './hearback-format';
import { mapRow } from './map-row';
import type { ImportRowResult, RowValues } from './map-row';

export interface MapOptions {
  /** The user's IANA zone: dates without an offset are in it. */
  zone: string;
  /** The import's instant, ISO 8601: events the file gives no date for, and nothing else, use it. */
  now: string;
  /** `--date-order`, when the user gave one. */
  dateOrder?: NumericDateOrder;
}

export interface DateColumnDecision {
  header: string;
  field: DateField;
  order: DateOrder;
  decidedBy: DateOrderSource;
}

export interface DateAmbiguity {
  header: string;
  field: DateField;
  conflict: boolean;
  candidates: NumericDateOrder[];
  examples: string[];
}

export type MapRowsResult =
  | { kind: 'mapped'; rows: ImportRowResult[]; dates: DateColumnDecision[] }
  | { kind: 'needs-mapping'; missing: ('company' | 'role')[] }
  | { kind: 'needs-date-order'; columns: DateAmbiguity[] };

const ORDER_WORDS: Record<DateOrder, string> = {
  MDY: ' read as month/day/year',
  DMY: ' read as day/month/year',
  YMD: ' read as year/month/day',
  ISO: '',
};

type Resolved = { index: number; field: DateField; result: DateColumnResult };

/**
 * Resolves every date column, each as a whole. A column its own values cannot decide takes the order the
 * file's other date columns were found to use, when they agree, before falling back to the format's order;
 * nothing else decides, so the caller asks.
 */
function resolveDates(
  csv: ParsedCsv,
  mapping: ColumnMapping,
  spec: FormatSpec,
  options: MapOptions,
): Resolved[] {
  const columns = mapping.flatMap((field, index) =>
    field !== null && isDateField(field) ? [{ field, index }] : [],
  );
  const valuesOf = (index: number): string[] => csv.rows.map((r) => r.cells[index] ?? '');
  const own = columns.map((c) => ({
    ...c,
    result: resolveDateColumn(valuesOf(c.index), { zone: options.zone, dateOrder: options.dateOrder }),
  }));
  const decided = new Set<NumericDateOrder>(
    own.flatMap((c) =>
      c.result.ok && c.result.evidence > 0 && c.result.order !== 'ISO' ? [c.result.order] : [],
    ),
  );
  const fileOrder = decided.size === 1 ? [...decided][0] : undefined;
  const hints = { zone: options.zone, fileOrder, formatOrder: spec.dateOrder };
  return own.map((c) => (c.result.ok ? c : { ...c, result: resolveDateColumn(valuesOf(c.index), hints) }));
}

/**
 * Maps parsed CSV rows to what they import. Every row gives exactly one result, in file order: an `ok` row
 * with its application, contacts and events, or a `rejected` row with a reason. Before any row is mapped,
 * two things may need the user: a mapping with no company or no role column (`needs-mapping`), and a date
 * column whose order neither its values nor any hint decides (`needs-date-order`, to ask with
 * `--date-order`). Two rows with the same natural key are one application: the later one is rejected and
 * names the earlier.
 *
 * @example
 * mapRows(csv, KNOWN_FORMATS.teal, detection.mapping, { zone: 'Europe/Berlin', now: '2026-01-15T10:00:00Z' })
 * // { kind: 'mapped', rows: [{ kind: 'ok', line: 2, ... }, { kind: 'rejected', line: 3, reason: 'line 3: no company name' }], dates: [...] }
 */
export function mapRows(
  csv: ParsedCsv,
  spec: FormatSpec,
  mapping: ColumnMapping,
  options: MapOptions,
): MapRowsResult {
  const missing = (['company', 'role'] as const).filter((f) => !mapping.includes(f));
  if (missing.length > 0) return { kind: 'needs-mapping', missing };
  const resolved = resolveDates(csv, mapping, spec, options);
  const ambiguities: DateAmbiguity[] = resolved.flatMap((c) =>
    c.result.ok ? [] : [{ header: csv.headers[c.index] ?? '', field: c.field, ...withoutFlags(c.result) }],
  );
  if (ambiguities.length > 0) return { kind: 'needs-date-order', columns: ambiguities };

  const seen = new Map<string, number>();
  const cell = spec.formulaGuard ? (raw: string | undefined) => cellValue(unguardCell(raw)) : cellValue;
  const restores = restoredColumns(csv.headers, spec);
  const rows = csv.rows.map((row, r): ImportRowResult => {
    const text: Partial<Record<ImportField, string>> = {};
    const dates: Partial<Record<DateField, ParsedDate>> = {};
    for (const [index, field] of mapping.entries()) {
      const value = field === null ? null : cell(row.cells[index]);
      if (field === null || value === null) continue;
      if (!isDateField(field)) {
        text[field] = value;
        continue;
      }
      const column = resolved.find((c) => c.index === index)?.result;
      const date = column?.ok === true ? column.parsed[r] : null;
      if (date == null) {
        const order = column?.ok === true ? ORDER_WORDS[column.order] : '';
        const header = csv.headers[index] ?? field;
        return {
          kind: 'rejected',
          line: row.line,
          reason: `line ${row.line}: ${header} "${value}" is not a date${order}`,
          field,
        };
      }
      dates[field] = date;
    }
    const values: RowValues = { line: row.line, text, dates };
    if (restores.length > 0) {
      values.restored = {};
      for (const { index, field } of restores) {
        const value = cell(row.cells[index]);
        if (value !== null) values.restored[field] = value;
      }
    }
    const result = mapRow(values, spec, options.now);
    if (result.kind === 'rejected') return result;
    const earlier = seen.get(result.naturalKey);
    if (earlier !== undefined) {
      return {
        kind: 'rejected',
        line: row.line,
        reason: `line ${row.line}: the same application as line ${earlier} (same company, role and posting or date)`,
      };
    }
    seen.set(result.naturalKey, row.line);
    return result;
  });
  const decisions = resolved.flatMap((c) =>
    c.result.ok
      ? [
          {
            header: csv.headers[c.index] ?? '',
            field: c.field,
            order: c.result.order,
            decidedBy: c.result.decidedBy,
          },
        ]
      : [],
  );
  return { kind: 'mapped', rows, dates: decisions };
}

/** The columns a format restores (hearback's own export), by position. */
function restoredColumns(headers: readonly string[], spec: FormatSpec): { index: number; field: RestoredField }[] {
  if (spec.restores === undefined) return [];
  const restores = spec.restores;
  return headers.flatMap((header, index) => {
    const field = restores[normalizeHeader(header)];
    return field === undefined ? [] : [{ index, field }];
  });
}

function withoutFlags(
  result: Extract<DateColumnResult, { ok: false }>,
): Omit<DateAmbiguity, 'header' | 'field'> {
  return { conflict: result.conflict, candidates: result.candidates, examples: result.examples };
}
