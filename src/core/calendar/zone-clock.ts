import { IANAZone } from 'luxon';
import { invalid } from '../app-error';
import type { DayNumber } from './civil-date';
import { formatInstant } from './instant';
import type { MinuteOfDay } from './time-of-day';

export { formatOffset } from './zone-clock-format';

const MS_PER_MINUTE = 60_000;
const MS_PER_DAY = 86_400_000;
const QUARTER_HOUR = 900_000;
/** UTC days from 1970 to 2100 have their offset in an array; offsets are within ±18 hours. */
const CACHED_DAYS = 47_482;
const UNKNOWN = 0x7fff;
const TRANSITION = 0x7ffe;
const IN_MAP = 0x7ffd;
/** Caches are memos of pure functions; the cap only bounds memory in a long-running server. */
const CACHE_CAP = 250_000;

function remember<K, V>(map: Map<K, V>, key: K, value: V): V {
  if (map.size >= CACHE_CAP) map.clear();
  map.set(key, value);
  return value;
}

/**
 * Wall-clock arithmetic in one IANA zone, memoised. An uncached offset lookup through Intl costs about 5 µs,
 * which is the whole budget for planning one application, so every answer is cached by day: on a day
 * without a DST transition the offset is the same from midnight to midnight.
 */
export class ZoneClock {
  private static readonly clocks = new Map<string, ZoneClock>();
  private readonly iana: IANAZone;
  /**
   * Offset in minutes for each UTC day from 1970 to 2100, UNKNOWN until asked, TRANSITION when that day
   * holds one. Two bytes a day: an array read is what makes `dayOf` cheap enough to call freely.
   */
  private readonly dayOffsets = new Int16Array(CACHED_DAYS).fill(UNKNOWN);
  /** The same for days outside that range, which only odd input asks about, and for offsets in seconds. */
  private readonly farDayOffsets = new Map<number, number>();
  private readonly instants = new Map<number, number>();
  private readonly isoStrings = new Map<number, string>();

  private constructor(readonly zone: string) {
    this.iana = IANAZone.create(zone);
  }

  /**
   * The clock for a zone; throws a validation error naming the zone when it does not exist.
   *
   * @example
   * ZoneClock.for('Europe/Berlin').iso(Date.UTC(2026, 0, 5, 8)); // '2026-01-05T09:00:00+01:00'
   */
  static for(zone: string): ZoneClock {
    const known = ZoneClock.clocks.get(zone);
    if (known) return known;
    if (!IANAZone.isValidZone(zone)) throw invalid('timezone', `is not a known IANA time zone: "${zone}"`);
    return remember(ZoneClock.clocks, zone, new ZoneClock(zone));
  }

  static isValid(zone: string): boolean {
    return IANAZone.isValidZone(zone);
  }

  /** The zone's UTC offset in minutes at an instant. */
  offsetAt(ms: number): number {
    const utcDay = Math.floor(ms / MS_PER_DAY);
    if (utcDay >= 0 && utcDay < CACHED_DAYS) {
      let offset = this.dayOffsets[utcDay] as number;
      if (offset === UNKNOWN) {
        const whole = this.wholeDayOffset(utcDay);
        // A few zones kept offsets in seconds into the 1970s (Monrovia, -0:44:30): those days use the map.
        offset = whole === null ? TRANSITION : Number.isInteger(whole) ? whole : IN_MAP;
        this.dayOffsets[utcDay] = offset;
      }
      if (offset === TRANSITION) return this.transitionDayOffset(ms);
      if (offset !== IN_MAP) return offset;
    }
    let offset = this.farDayOffsets.get(utcDay);
    if (offset === undefined) offset = remember(this.farDayOffsets, utcDay, this.wholeDayOffset(utcDay) ?? NaN);
    return Number.isNaN(offset) ? this.transitionDayOffset(ms) : offset;
  }

  /** The offset that holds for a whole UTC day, or null when the day holds a transition. */
  private wholeDayOffset(utcDay: number): number | null {
    const start = utcDay * MS_PER_DAY;
    const atStart = this.iana.offset(start);
    return atStart === this.iana.offset(start + MS_PER_DAY - 1) ? atStart : null;
  }

  /**
   * On a transition day the offset changes once, on a quarter hour in every zone in use, so it is cached
   * by quarter hour.
   */
  private transitionDayOffset(ms: number): number {
    const quarter = Math.floor(ms / QUARTER_HOUR);
    let offset = this.quarterOffsets.get(quarter);
    if (offset === undefined) offset = remember(this.quarterOffsets, quarter, this.iana.offset(ms));
    return offset;
  }

  private readonly quarterOffsets = new Map<number, number>();

  /** The local calendar day an instant falls on. */
  dayOf(ms: number): DayNumber {
    return Math.floor((ms + this.offsetAt(ms) * MS_PER_MINUTE) / MS_PER_DAY);
  }

  /** Minutes after local midnight of an instant. */
  minuteOf(ms: number): MinuteOfDay {
    const local = ms + this.offsetAt(ms) * MS_PER_MINUTE;
    return Math.floor((local - Math.floor(local / MS_PER_DAY) * MS_PER_DAY) / MS_PER_MINUTE);
  }

  /**
   * The instant of a local wall-clock time. A time skipped by a spring-forward transition moves forward by
   * the gap (02:30 becomes 03:30), as Luxon and Temporal do; a repeated time takes its first occurrence.
   */
  instant(day: DayNumber, minute: MinuteOfDay): number {
    const key = day * 1440 + minute;
    const cached = this.instants.get(key);
    if (cached !== undefined) return cached;
    const local = key * MS_PER_MINUTE;
    // The offsets on either side of any transition near this time give the two readings of the wall time.
    const before = this.offsetAt(local - MS_PER_DAY);
    const after = this.offsetAt(local + MS_PER_DAY);
    const early = local - before * MS_PER_MINUTE;
    const late = local - after * MS_PER_MINUTE;
    const earlyValid = this.offsetAt(early) === before;
    const lateValid = this.offsetAt(late) === after;
    let result: number;
    if (earlyValid && lateValid) result = Math.min(early, late);
    else if (earlyValid) result = early;
    else if (lateValid) result = late;
    else result = Math.max(early, late);
    return remember(this.instants, key, result);
  }

  /** Whether a wall-clock time happens twice on that day, in the hour a fall-back repeats. */
  isRepeated(day: DayNumber, minute: MinuteOfDay): boolean {
    const local = (day * 1440 + minute) * MS_PER_MINUTE;
    const before = this.offsetAt(local - MS_PER_DAY);
    const after = this.offsetAt(local + MS_PER_DAY);
    if (before === after) return false;
    const early = local - before * MS_PER_MINUTE;
    const late = local - after * MS_PER_MINUTE;
    return early !== late && this.offsetAt(early) === before && this.offsetAt(late) === after;
  }

  /** ISO 8601 with this zone's offset at that instant: `2026-03-09T09:00:00-04:00`. */
  iso(ms: number): string {
    const cached = this.isoStrings.get(ms);
    if (cached !== undefined) return cached;
    return remember(this.isoStrings, ms, formatInstant(ms, this.offsetAt(ms)));
  }
}
