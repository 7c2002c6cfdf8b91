import { invalid } from '../app-error';
import type { TimeOfDayRange } from '../model';

const HH_MM = /^([01]\d|2[0-3]):([0-5]\d)$/;

/** Minutes after local midnight. */
export type MinuteOfDay = number;

/**
 * Parses `HH:MM` (24-hour) into minutes after midnight, or `null` when malformed.
 *
 * @example
 * parseTimeOfDay('09:30'); // 570
 */
export function parseTimeOfDay(text: string): MinuteOfDay | null {
  const m = HH_MM.exec(text);
  return m ? Number(m[1]) * 60 + Number(m[2]) : null;
}

export interface MinuteRange {
  start: MinuteOfDay;
  end: MinuteOfDay;
}

/**
 * Parses a range of wall-clock times, naming the field when it is malformed. A window of business hours must
 * not wrap midnight (`allowWrap: false`); quiet hours usually do.
 *
 * @example
 * parseTimeRange({ start: '09:00', end: '11:30' }, 'sendWindow'); // { start: 540, end: 690 }
 */
export function parseTimeRange(range: TimeOfDayRange, field: string, allowWrap = false): MinuteRange {
  const start = parseTimeOfDay(range.start);
  if (start === null) throw invalid(`${field}.start`, `must be HH:MM, got "${range.start}"`);
  const end = parseTimeOfDay(range.end);
  if (end === null) throw invalid(`${field}.end`, `must be HH:MM, got "${range.end}"`);
  if (start === end) throw invalid(field, 'is empty: start and end are the same time');
  if (!allowWrap && end < start) throw invalid(field, `must end after it starts (${range.start}–${range.end})`);
  return { start, end };
}
