/**
 * The hearback fields a CSV column can be mapped to. `salary` and `ignore` are accepted so that a mapping can
 * name every column of a file, but their values are not stored: hearback keeps no salary, and `ignore` says
 * so explicitly.
 */
export const IMPORT_FIELDS = [
  'company',
  'role',
  'url',
  'status',
  'closedReason',
  'appliedAt',
  'savedAt',
  'statusAt',
  'interviewAt',
  'offerAt',
  'rejectedAt',
  'notes',
  'postingText',
  'contactName',
  'contactEmail',
  'contactPhone',
  'location',
  'source',
  'salary',
  'ignore',
] as const;
export type ImportField = (typeof IMPORT_FIELDS)[number];

/** The fields whose values are dates, each resolved as a whole column. */
export const DATE_FIELDS = [
  'appliedAt',
  'savedAt',
  'statusAt',
  'interviewAt',
  'offerAt',
  'rejectedAt',
] as const;
export type DateField = (typeof DATE_FIELDS)[number];

/** One column's destination, by position in the header row; `null` leaves the column out. */
export type ColumnMapping = readonly (ImportField | null)[];

/**
 * Whether a string names an import field, as `--map` values must.
 *
 * @example
 * isImportField('appliedAt') // true
 * isImportField('salaryMax') // false
 */
export function isImportField(value: string): value is ImportField {
  return (IMPORT_FIELDS as readonly string[]).includes(value);
}

/**
 * Whether a field holds dates, which are read a whole column at a time.
 *
 * @example
 * isDateField('savedAt') // true
 * isDateField('company') // false
 */
export function isDateField(field: ImportField): field is DateField {
  return (DATE_FIELDS as readonly string[]).includes(field);
}

/**
 * Cell values that spreadsheets and trackers write for "nothing here". JobSync writes `N/A` for a missing
 * date, for instance; reading it as text would give a company called "N/A" or a date that fails to parse.
 */
const EMPTY_MARKERS = new Set(['', '-', '--', '—', 'n/a', 'none', 'null']);

/**
 * The trimmed cell, or `null` when it holds nothing or a "nothing" marker.
 *
 * @example
 * cellValue('  Acme ') // 'Acme'
 * cellValue('N/A')     // null
 */
export function cellValue(raw: string | undefined): string | null {
  if (raw === undefined) return null;
  const trimmed = raw.trim();
  return EMPTY_MARKERS.has(trimmed.toLowerCase()) ? null : trimmed;
}
