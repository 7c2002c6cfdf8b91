import { DateTime, IANAZone } from 'luxon';
import { invalid } from '../app-error';
import { cellValue } from './import-field';
import type { ColumnMapping, ImportField } from './import-field';
import { decodeCsvBytes } from './decode-csv-bytes';
import type { CsvEncoding } from './decode-csv-bytes';
import { excelSepLine } from './excel-sep-line';
import { sniffDelimiter } from './sniff-delimiter';
import type { Delimiter } from './sniff-delimiter';
import { parseCsv } from './parse-csv';
import type { CsvParseFailure, ParsedCsv } from './parse-csv';
import { detectFormat } from './detect-format';
import type { FormatConfidence } from './detect-format';
import { KNOWN_FORMATS } from './known-formats';
import type { FormatChoice, FormatId } from './known-formats';
import { applyMapping, parseMapping } from './parse-mapping';
import { checkColumnChoice } from './column-choice';
import { mapRows } from './map-rows';
import type { DateAmbiguity, DateColumnDecision, MapOptions } from './map-rows';
import type { ImportRowResult } from './map-row';

export interface PrepareImportOptions extends MapOptions {
  /** `--format`; `auto` by default. */
  format?: FormatChoice;
  /**
   * A field (or `null`) for every column, by position, as the web page's selects give it; it replaces the
   * detected mapping, and `map` still applies on top.
   */
  columns?: readonly (ImportField | null)[];
  /** `--map`, as typed: `"Header=field,Other=field"`. */
  map?: string;
  /** A delimiter to use instead of sniffing one. */
  delimiter?: Delimiter;
}

/** A column as the preview shows it: where it goes, and its first values. */
export interface ColumnPreview {
  header: string;
  field: ImportField | null;
  samples: string[];
}

/** What was found about the file, shared by every outcome after it could be read. */
export interface ImportFile {
  encoding: CsvEncoding;
  delimiter: Delimiter;
  format: FormatId;
  formatLabel: string;
  confidence: FormatConfidence;
  columns: ColumnPreview[];
}

export type PreparedImport =
  | { kind: 'unreadable'; encoding: CsvEncoding; delimiter: Delimiter; error: CsvParseFailure }
  | { kind: 'bad-mapping'; file: ImportFile; error: string }
  | { kind: 'needs-mapping'; file: ImportFile; missing: ('company' | 'role')[] }
  | { kind: 'needs-date-order'; file: ImportFile; columns: DateAmbiguity[] }
  | { kind: 'ready'; file: ImportFile; dates: DateColumnDecision[]; rows: ImportRowResult[] };

const SAMPLES = 3;

/** The first few values of each column: the loop stops there, rather than copying a 50,000-row column. */
function preview(csv: ParsedCsv, mapping: ColumnMapping): ColumnPreview[] {
  return csv.headers.map((header, i) => {
    const samples: string[] = [];
    for (const row of csv.rows) {
      const value = cellValue(row.cells[i]);
      if (value !== null) samples.push(value);
      if (samples.length === SAMPLES) break;
    }
    return { header, field: mapping[i] ?? null, samples };
  });
}

/**
 * Everything an import does before it touches the store, from the file's bytes to one result per row:
 * decoding, delimiter (Excel's `sep=` line, else sniffed), parsing, format detection, the chosen columns and `--map`, date columns, mapping.
 * Each way it can stop is a value the CLI and the web page can show: an unreadable file, a bad mapping, a
 * file that needs a mapping (with a preview of its columns), or a date column that needs `--date-order`. A `ready` result is the dry run; the store use
 * case writes its `ok` rows in one transaction and counts them against the natural keys it holds.
 * Throws only for a caller's mistake: an unknown zone or an unreadable `now`.
 *
 * @example
 * prepareImport(bytes, { zone: 'America/New_York', now: '2026-01-15T15:00:00Z' })
 * // { kind: 'ready', file: { format: 'linkedin-applications', confidence: 'exact', ... }, rows: [...] }
 */
export function prepareImport(bytes: Uint8Array, options: PrepareImportOptions): PreparedImport {
  if (!IANAZone.isValidZone(options.zone))
    throw invalid('zone', `is not an IANA time zone: "${options.zone}"`);
  if (!DateTime.fromISO(options.now).isValid)
    throw invalid('now', `is not an ISO 8601 instant: "${options.now}"`);
  const decoded = decodeCsvBytes(bytes);
  const encoding = decoded.encoding;
  const sep = excelSepLine(decoded.text);
  const text = sep.text;
  const delimiter = options.delimiter ?? sep.delimiter ?? sniffDelimiter(text);
  const parsed = parseCsv(text, { delimiter });
  if (!parsed.ok) return { kind: 'unreadable', encoding, delimiter, error: parsed.error };
  const csv = parsed.csv;
  const detection = detectFormat(csv.headers, options.format ?? 'auto');
  const spec = KNOWN_FORMATS[detection.format];
  const fileOf = (mapping: ColumnMapping, confidence: FormatConfidence): ImportFile => ({
    encoding,
    delimiter,
    format: spec.id,
    formatLabel: spec.label,
    confidence,
    columns: preview(csv, mapping),
  });

  let mapping = detection.mapping;
  let confidence = detection.confidence;
  if (options.columns !== undefined) {
    const chosen = checkColumnChoice(csv.headers, options.columns);
    if (!chosen.ok) return { kind: 'bad-mapping', file: fileOf(mapping, confidence), error: chosen.error };
    mapping = chosen.mapping;
    if (confidence === 'none') confidence = 'guess';
  }
  if (options.map !== undefined && options.map.trim() !== '') {
    const entries = parseMapping(options.map);
    const applied = entries.ok ? applyMapping(csv.headers, entries.entries, mapping) : entries;
    if (!applied.ok) return { kind: 'bad-mapping', file: fileOf(mapping, confidence), error: applied.error };
    mapping = applied.mapping;
    // A mapping the user wrote is what they asked for, whatever the detection thought of the headers.
    if (confidence === 'none') confidence = 'guess';
  }

  const file = fileOf(mapping, confidence);
  const mapped = mapRows(csv, spec, mapping, options);
  switch (mapped.kind) {
    case 'needs-mapping':
      return { kind: 'needs-mapping', file, missing: mapped.missing };
    case 'needs-date-order':
      return { kind: 'needs-date-order', file, columns: mapped.columns };
    case 'mapped':
      return { kind: 'ready', file, dates: mapped.dates, rows: mapped.rows };
  }
}
