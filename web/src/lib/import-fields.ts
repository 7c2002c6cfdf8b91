import { IMPORT_FIELDS } from '../../../src/core/import/import-field';
import type { ImportField, NumericDateOrder } from '../api/types';

/** What each import field means, as the mapping's selects offer it. */
export const FIELD_LABELS: Record<ImportField, string> = {
  company: 'Company',
  role: 'Role (job title)',
  url: 'Posting web address',
  status: 'Status or stage',
  closedReason: 'Why it closed',
  appliedAt: 'Date applied',
  savedAt: 'Date saved',
  statusAt: 'Date of the status',
  interviewAt: 'Interview date',
  offerAt: 'Offer date',
  rejectedAt: 'Rejection date',
  notes: 'Notes',
  postingText: 'Posting text',
  contactName: 'Contact name',
  contactEmail: 'Contact email',
  contactPhone: 'Contact phone',
  location: 'Location',
  source: 'Where you found it',
  salary: 'Salary (not kept)',
  ignore: 'Not imported',
};

/**
 * The fields a select offers, in the core's order. `ignore` is left out: "Not imported" (no field) says the
 * same, and a column the format itself ignores shows as that.
 */
export const FIELD_CHOICES: readonly ImportField[] = IMPORT_FIELDS.filter((f) => f !== 'ignore');

/** Fields that several columns may take. */
const SHARED: ReadonlySet<ImportField> = new Set(['ignore', 'salary']);

/**
 * The mapping after one column's select changed. A field that only one column may fill moves to that
 * column: the column that had it before is left out, rather than the import refusing the mapping.
 *
 * @example
 * chooseColumn(['company', 'role', null], 2, 'company') // [null, 'role', 'company']
 */
export function chooseColumn(current: readonly (ImportField | null)[], index: number, field: ImportField | null): (ImportField | null)[] {
  return current.map((existing, i) => {
    if (i === index) return field;
    if (existing === 'ignore') return null;
    return field !== null && !SHARED.has(field) && existing === field ? null : existing;
  });
}

const ORDER_NAMES: Record<NumericDateOrder, string> = { DMY: 'Day first', MDY: 'Month first', YMD: 'Year first' };

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/**
 * How an example date from the file reads in an order, to make the choice concrete: `03/04/2024` read
 * day first is "3 April 2024". `null` when it does not read as a date that way.
 *
 * @example
 * readExample('03/04/2024', 'MDY') // 'March 4, 2024'
 * readExample('"11/20/24, 8:15 AM"', 'DMY') // null
 */
export function readExample(example: string, order: NumericDateOrder): string | null {
  const match = /(\d{1,4})[-/.](\d{1,2})[-/.](\d{1,4})/.exec(example);
  if (!match) return null;
  const [a, b, c] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const [year, month, day] = order === 'DMY' ? [c, b, a] : order === 'MDY' ? [c, a, b] : [a, b, c];
  const fullYear = year < 100 ? 2000 + year : year;
  const name = MONTHS[month - 1];
  if (name === undefined || day < 1 || day > new Date(Date.UTC(fullYear, month, 0)).getUTCDate()) return null;
  return order === 'MDY' ? `${name} ${day}, ${fullYear}` : `${day} ${name} ${fullYear}`;
}

/** The choice as a person reads it: "Day first (03/04/2024 is 3 April 2024)". */
export function describeOrder(order: NumericDateOrder, example: string | undefined): string {
  const read = example === undefined ? null : readExample(example, order);
  return read === null ? ORDER_NAMES[order] : `${ORDER_NAMES[order]}: ${example} is ${read}`;
}

/** Words for an order a date column was read in. */
export const ORDER_WORDS: Record<NumericDateOrder | 'ISO', string> = { DMY: 'day/month/year', MDY: 'month/day/year', YMD: 'year/month/day', ISO: 'ISO dates (year first)' };

/** The largest file the page uploads (the server's limit); the command line takes larger ones. */
export const MAX_UPLOAD_BYTES = 20 * 1024 * 1024;

const SPREADSHEETS = /\.(xlsx|xlsm|xls|ods|numbers)$/i;

/**
 * Why a chosen file cannot be uploaded, before reading it, or `null` when it can: a workbook rather than
 * CSV, an empty file, or one over the limit, each with what to do instead.
 *
 * @example
 * uploadProblem('jobs.xlsx', 5000) // 'jobs.xlsx is a spreadsheet workbook. Save it as CSV first ...'
 */
export function uploadProblem(name: string, size: number): string | null {
  if (SPREADSHEETS.test(name)) {
    return `${name} is a spreadsheet workbook. Save it as CSV first (File → Save as → CSV, or Download → CSV), then choose the CSV file.`;
  }
  if (size === 0) return `${name} is empty.`;
  if (size > MAX_UPLOAD_BYTES) {
    return `${name} is ${(size / 1048576).toFixed(1)} MB; the page imports files up to 20 MB. Import it from the command line instead: hearback import csv "${name}"`;
  }
  return null;
}
