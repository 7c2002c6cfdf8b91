import { cellValue } from './import-field';
import { dateShape, orderParts, toParsedDate } from './date-value';
import type { DateShape, NumericDateOrder, ParsedDate } from './date-value';

/** `ISO` means the column holds no numeric day/month dates at all, so no order was needed. */
export type DateOrder = NumericDateOrder | 'ISO';

/**
 * What settled the order: the caller (`--date-order`), the column's values, the values of another date
 * column of the same file, or the file's format. The user's country is not one: people keep trackers in
 * another country's format often enough (a US tool used in Germany) that it would be a guess.
 */
export type DateOrderSource = 'given' | 'values' | 'file' | 'format';

export type DateColumnResult =
  | {
      ok: true;
      order: DateOrder;
      decidedBy: DateOrderSource;
      /** One entry per value: `null` for an empty cell or one that is not a date in this order. */
      parsed: (ParsedDate | null)[];
      /** Indexes of non-empty values that are not dates in the chosen order. */
      invalid: number[];
      /** How many values can only be read in the chosen order; 0 when the values alone decided nothing. */
      evidence: number;
    }
  | {
      ok: false;
      ambiguous: true;
      /** True when some values only read as month-first and others only as day-first. */
      conflict: boolean;
      candidates: NumericDateOrder[];
      /** A few values that show the problem, to quote when asking. */
      examples: string[];
    };

export interface DateColumnOptions {
  /** The user's IANA zone: dates without an offset are in it. */
  zone: string;
  /** The order the user chose; it overrides everything else. */
  dateOrder?: NumericDateOrder;
  /** The order another date column of the same file was found to use from its values. */
  fileOrder?: NumericDateOrder;
  /** The order the file's format is known to write. */
  formatOrder?: NumericDateOrder;
}

type Numeric = Extract<DateShape, { kind: 'numeric' }>;

function parseOne(shape: DateShape, order: NumericDateOrder, zone: string): ParsedDate | null {
  if (shape.kind === 'invalid') return null;
  if (shape.kind === 'exact') return toParsedDate(shape, shape.clock, zone);
  const parts = orderParts(shape, order);
  return parts === null ? null : toParsedDate(parts, shape.clock, zone);
}

function readsAs(shape: Numeric, order: NumericDateOrder): boolean {
  const parts = orderParts(shape, order);
  return parts !== null && parts.month >= 1 && parts.month <= 12 && parts.day >= 1 && parts.day <= 31;
}

/**
 * Reads a whole date column in one order, so that 03/04/2024 means the same thing on every row. The order
 * comes from, in turn: the caller's choice; the values (a first number above 12 can only be a day, a second
 * above 12 only a day too); another date column of the file; the format (LinkedIn writes US dates). When none of these decides, or the values contradict each other, the answer is an ambiguity for the caller to ask about,
 * with examples. It never guesses row by row.
 *
 * @example
 * resolveDateColumn(['03/04/2024', '25/04/2024'], { zone: 'Europe/Berlin' })
 * // { ok: true, order: 'DMY', decidedBy: 'values', parsed: [{ date: '2024-04-03', ... }, { date: '2024-04-25', ... }], invalid: [] }
 * resolveDateColumn(['03/04/2024'], { zone: 'Europe/Berlin' })
 * // { ok: false, ambiguous: true, conflict: false, candidates: ['DMY', 'MDY'], examples: ['03/04/2024'] }
 */
export function resolveDateColumn(values: readonly string[], options: DateColumnOptions): DateColumnResult {
  const shapes = values.map((v) => {
    const cell = cellValue(v);
    return cell === null ? null : dateShape(cell);
  });
  const numeric = shapes.flatMap((s, i) =>
    s?.kind === 'numeric' ? [{ shape: s, text: values[i] ?? '' }] : [],
  );
  const monthFirstOnly = numeric.filter((n) => readsAs(n.shape, 'MDY') && !readsAs(n.shape, 'DMY'));
  const dayFirstOnly = numeric.filter((n) => readsAs(n.shape, 'DMY') && !readsAs(n.shape, 'MDY'));
  const undecided = numeric.filter(
    (n) => n.shape.first !== n.shape.second && n.shape.first <= 12 && n.shape.second <= 12,
  );

  let order: DateOrder;
  let decidedBy: DateOrderSource = 'values';
  const hint = options.fileOrder ?? options.formatOrder ?? null;
  if (options.dateOrder !== undefined) {
    order = options.dateOrder;
    decidedBy = 'given';
  } else if (monthFirstOnly.length > 0 && dayFirstOnly.length > 0) {
    const examples = [...monthFirstOnly.slice(0, 2), ...dayFirstOnly.slice(0, 2)].map((n) => n.text);
    return { ok: false, ambiguous: true, conflict: true, candidates: ['MDY', 'DMY'], examples };
  } else if (monthFirstOnly.length > 0 || dayFirstOnly.length > 0) {
    order = monthFirstOnly.length > 0 ? 'MDY' : 'DMY';
  } else if (numeric.length === 0) {
    order = 'ISO';
  } else if (undecided.length === 0) {
    // Every numeric date has the same day and month (05/05/2024), so both orders read it alike.
    order = hint ?? 'DMY';
  } else if (hint !== null) {
    order = hint;
    decidedBy = options.fileOrder !== undefined ? 'file' : 'format';
  } else {
    return {
      ok: false,
      ambiguous: true,
      conflict: false,
      candidates: ['DMY', 'MDY'],
      examples: undecided.slice(0, 3).map((n) => n.text),
    };
  }

  const parsed = shapes.map((s) =>
    s === null ? null : parseOne(s, order === 'ISO' ? 'DMY' : order, options.zone),
  );
  const invalid = shapes.flatMap((s, i) => (s !== null && parsed[i] === null ? [i] : []));
  const evidence = order === 'MDY' ? monthFirstOnly.length : order === 'DMY' ? dayFirstOnly.length : 0;
  return { ok: true, order, decidedBy, parsed, invalid, evidence };
}
