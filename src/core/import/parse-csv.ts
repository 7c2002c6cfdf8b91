import { parse, CsvError } from 'csv-parse/sync';
import type { Delimiter } from './sniff-delimiter';

/** One data record: its cells as written, and the 1-based line of the file where it starts. */
export interface CsvRow {
  line: number;
  cells: string[];
}

export interface ParsedCsv {
  /** The header row's cells, trimmed. */
  headers: string[];
  rows: CsvRow[];
}

export interface CsvParseFailure {
  /** What is wrong, for a person: "a quoted value opened on line 3 is never closed". */
  message: string;
  line: number;
}

export type CsvParseResult = { ok: true; csv: ParsedCsv } | { ok: false; error: CsvParseFailure };

interface InfoRecord {
  record: string[];
  raw: string;
  info: { lines: number };
}

/** A cell longer than this is a wrong delimiter or an unclosed quote, not data anyone typed. */
const MAX_RECORD_CHARS = 1_000_000;

/**
 * The line where the quote that is never closed opens. csv-parse only says where the file ended, which
 * after a long quoted run is far from the mistake, so the fields are walked again: a quote opens a field
 * only at its start, and two quotes inside a quoted field are one.
 */
function unclosedQuoteLine(text: string, delimiter: Delimiter): number | null {
  let atFieldStart = true;
  let inQuotes = false;
  let openedAt = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (inQuotes) {
      if (ch === '"' && text[i + 1] === '"') i++;
      else if (ch === '"') inQuotes = false;
    } else if (ch === '"' && atFieldStart) {
      inQuotes = true;
      openedAt = i;
    }
    atFieldStart = !inQuotes && (ch === delimiter || ch === '\n');
  }
  if (!inQuotes) return null;
  let line = 1;
  for (let i = 0; i < openedAt; i++) if (text[i] === '\n') line++;
  return line;
}

function explain(error: CsvError, text: string, delimiter: Delimiter): CsvParseFailure {
  const line = typeof error.lines === 'number' && error.lines > 0 ? error.lines : 1;
  switch (error.code) {
    case 'CSV_QUOTE_NOT_CLOSED': {
      const opened = unclosedQuoteLine(text, delimiter) ?? line;
      return { message: `a quoted value opened on line ${opened} is never closed`, line: opened };
    }
    case 'CSV_MAX_RECORD_SIZE':
      return { message: `a record near line ${line} is too long; is the delimiter right?`, line };
    default:
      return { message: `line ${line} cannot be read: ${error.message}`, line };
  }
}

/**
 * Parses CSV text with the given delimiter. Quotes are relaxed (a stray quote inside an unquoted value is
 * kept as text), rows may have fewer or more cells than the header, and blank rows, including rows of
 * empty cells that spreadsheets leave behind, are skipped. Line endings are normalised to `\n` first, so
 * a quoted newline reads the same from Windows and Unix files and line numbers count as an editor does.
 * Malformed input gives `{ ok: false, error }` naming the line; it never throws.
 *
 * @example
 * parseCsv('Company,Role\n"Acme, Inc.",Engineer\n', { delimiter: ',' })
 * // { ok: true, csv: { headers: ['Company', 'Role'], rows: [{ line: 2, cells: ['Acme, Inc.', 'Engineer'] }] } }
 */
export function parseCsv(text: string, options: { delimiter: Delimiter }): CsvParseResult {
  const normalised = (text.startsWith('\uFEFF') ? text.slice(1) : text).replace(/\r\n?/g, '\n');
  let records: InfoRecord[];
  try {
    records = parse(normalised, {
      delimiter: options.delimiter,
      relax_quotes: true,
      relax_column_count: true,
      skip_empty_lines: true,
      skip_records_with_empty_values: true,
      max_record_size: MAX_RECORD_CHARS,
      info: true,
      raw: true,
    }) as unknown as InfoRecord[];
  } catch (error) {
    if (error instanceof CsvError) return { ok: false, error: explain(error, normalised, options.delimiter) };
    return { ok: false, error: { message: `the file cannot be read as CSV: ${String(error)}`, line: 1 } };
  }
  const [header, ...data] = records;
  if (header === undefined)
    return { ok: false, error: { message: 'the file is empty: no header row', line: 1 } };
  return {
    ok: true,
    csv: {
      headers: header.record.map((cell) => cell.trim()),
      rows: data.map((r) => ({ line: startLine(r), cells: r.record })),
    },
  };
}

/**
 * csv-parse reports the line a record ends on; a record starts as many lines earlier as it has newlines
 * inside quotes, not counting the newline that ends it.
 */
function startLine(record: InfoRecord): number {
  const body = record.raw.endsWith('\n') ? record.raw.slice(0, -1) : record.raw;
  let inner = 0;
  for (const ch of body) if (ch === '\n') inner++;
  return record.info.lines - inner;
}
