/** One bar of the time-to-first-response histogram: answers that came `fromDays` to `toDays` days after applying. */
export interface ResponseTimeBucket {
  /** `0`, `1-2`, `3-7`, `8-14`, `15-30`, `31+`. */
  key: string;
  fromDays: number;
  /** `null` for the last, open-ended bucket. */
  toDays: number | null;
  count: number;
}

/**
 * The buckets, in calendar days: the same day, within the first couple of days, the first week, the
 * second, the rest of the month, and later. Most answers that come at all come in the first two weeks, so
 * the early buckets are narrow.
 */
const BOUNDS: readonly (readonly [number, number | null])[] = [
  [0, 0],
  [1, 2],
  [3, 7],
  [8, 14],
  [15, 30],
  [31, null],
];

const keyOf = ([from, to]: readonly [number, number | null]): string => (to === null ? `${from}+` : from === to ? String(from) : `${from}-${to}`);

/**
 * Counts waits (whole calendar days from applying to the first answer) into the buckets, every bucket
 * present even when empty, so that the chart's axis never changes shape.
 *
 * @example
 * responseTimeBuckets([0, 2, 2, 40]).map((b) => b.count); // [1, 2, 0, 0, 0, 1]
 */
export function responseTimeBuckets(days: readonly number[]): ResponseTimeBucket[] {
  const buckets = BOUNDS.map((bounds) => ({ key: keyOf(bounds), fromDays: bounds[0], toDays: bounds[1], count: 0 }));
  for (const day of days) {
    const bucket = buckets.find((b) => day >= b.fromDays && (b.toDays === null || day <= b.toDays));
    if (bucket) bucket.count += 1;
  }
  return buckets;
}
