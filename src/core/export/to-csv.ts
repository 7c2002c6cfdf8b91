/** A CSV column: the key read from each row, and the header written for it. */
export interface CsvColumn {
  key: string;
  header: string;
}

/**
 * Characters that make a spreadsheet read a cell as a formula (= + - @), or that Excel strips before doing
 * so (tab, carriage return). A cell starting with one gets a leading apostrophe, which spreadsheets show as
 * text and do not evaluate: a company named "=HYPERLINK(...)" must not run when the file is opened.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * One cell as written: guarded against formula injection, then quoted by RFC 4180 when it holds a quote,
 * a comma, a semicolon, or a line break. Semicolons are quoted too, so that spreadsheets set to read
 * semicolon-separated files in some locales still see one cell.
 *
 * @example
 * csvCell('=1+1')        // "'=1+1"
 * csvCell('Acme, Inc.')  // '"Acme, Inc."'
 * csvCell(null)          // ''
 */
export function csvCell(value: string | null): string {
  if (value === null || value === '') return '';
  const guarded = FORMULA_START.test(value) ? `'${value}` : value;
  return /[",;\r\n]/.test(guarded) ? `"${guarded.replace(/"/g, '""')}"` : guarded;
}

/**
 * Writes rows as a CSV file that opens cleanly in a spreadsheet: UTF-8 with a byte order mark (so Excel
 * does not read it as windows-1252), CRLF line ends, RFC 4180 quoting, and formula injection guarded. A key
 * missing from a row is an empty cell.
 *
 * @example
 * toCsv([{ company: 'Acme, Inc.', role: '=cmd' }], [{ key: 'company', header: 'Company' }, { key: 'role', header: 'Role' }])
 * // '\uFEFFCompany,Role\r\n"Acme, Inc.",\'=cmd\r\n'
 */
export function toCsv(
  rows: readonly Readonly<Record<string, string | null>>[],
  columns: readonly CsvColumn[],
): string {
  const lines = [columns.map((c) => csvCell(c.header)).join(',')];
  for (const row of rows) lines.push(columns.map((c) => csvCell(row[c.key] ?? null)).join(','));
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}
