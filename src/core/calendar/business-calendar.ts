import { isoWeekday, type DayNumber } from './civil-date';
import { PublicHolidays, weekendOf } from './public-holidays';
import type { MinuteRange } from './time-of-day';
import { ZoneClock } from './zone-clock';

/** Where the recipient is: their zone for wall-clock time, their country and region for holidays. */
export interface CalendarSpec {
  zone: string;
  country: string | null;
  region: string | null;
}

/** An interval of time as epoch milliseconds, start inclusive and end exclusive. */
export interface Interval {
  start: number;
  end: number;
}

const CACHED_DAYS = 47_482;
/** How many places `at` compares with before it looks in its maps. */
const RECENT_PLACES = 8;

/** Business days never run this far without one; the bound turns a bad holiday table into a clear stop. */
const MAX_SCAN_DAYS = 60;

/**
 * Business days and hours in the recipient's zone: weekdays that are not public holidays of the
 * employer's country and region. Instances are shared per spec, so their caches serve every application
 * at the same employer location.
 */
export class BusinessCalendar {
  private static readonly calendars = new Map<string, Map<string | null, Map<string | null, BusinessCalendar>>>();
  readonly clock: ZoneClock;
  readonly holidays: PublicHolidays;
  private readonly weekend: readonly number[];
  /** 0 unknown, 1 business day, 2 not: one byte a day from 1970 to 2100, filled as days are asked about. */
  private readonly known = new Uint8Array(CACHED_DAYS);

  private constructor(readonly spec: CalendarSpec) {
    this.clock = ZoneClock.for(spec.zone);
    this.holidays = PublicHolidays.for(spec.country, spec.region);
    this.weekend = weekendOf(spec.country);
  }

  /**
   * The calendar for a place; throws a validation error naming the bad zone, country or region.
   *
   * @example
   * BusinessCalendar.for({ zone: 'America/New_York', country: 'US', region: null })
   *   .isBusinessDay(parseIsoDate('2026-11-26')!); // false: Thanksgiving
   */
  static for(spec: CalendarSpec): BusinessCalendar {
    return BusinessCalendar.at(spec.zone, spec.country, spec.region);
  }

  /**
   * `for`, with the place as three arguments, for callers that look one up per application.
   *
   * @example
   * BusinessCalendar.at('Europe/Berlin', 'DE', 'BY').isBusinessDay(parseIsoDate('2026-01-06')!); // false: Epiphany
   */
  static at(zone: string, country: string | null, region: string | null): BusinessCalendar {
    // A run plans applications at a handful of places: comparing with the last few found is cheaper than
    // hashing three strings, which a store hands over as new strings for every row.
    const recent = BusinessCalendar.recent;
    for (let i = 0; i < recent.length; i++) {
      const c = recent[i] as BusinessCalendar;
      if (c.spec.zone === zone && c.spec.country === country && c.spec.region === region) return c;
    }
    // Nested maps rather than a joined string key.
    let byCountry = BusinessCalendar.calendars.get(zone);
    if (!byCountry) BusinessCalendar.calendars.set(zone, (byCountry = new Map()));
    let byRegion = byCountry.get(country);
    if (!byRegion) byCountry.set(country, (byRegion = new Map()));
    let made = byRegion.get(region);
    if (!made) {
      made = new BusinessCalendar({ zone, country, region });
      byRegion.set(region, made);
    }
    recent.unshift(made);
    if (recent.length > RECENT_PLACES) recent.pop();
    return made;
  }

  private static readonly recent: BusinessCalendar[] = [];

  isBusinessDay(day: DayNumber): boolean {
    const cached = day >= 0 && day < CACHED_DAYS ? this.known[day] : undefined;
    if (cached) return cached === 1;
    const weekday = isoWeekday(day);
    const business = weekday !== this.weekend[0] && weekday !== this.weekend[1] && !this.holidays.has(day);
    if (cached === 0) this.known[day] = business ? 1 : 2;
    return business;
  }

  /** The first business day on or after `day`. */
  onOrAfter(day: DayNumber): DayNumber {
    for (let d = day, i = 0; i < MAX_SCAN_DAYS; d++, i++) if (this.isBusinessDay(d)) return d;
    throw new Error(`no business day within ${MAX_SCAN_DAYS} days of day ${day} in ${this.spec.zone}`);
  }

  /**
   * The day `n` business days after `day`; `day` itself need not be one. Applying on a Saturday and adding
   * five gives the Friday after.
   */
  addBusinessDays(day: DayNumber, n: number): DayNumber {
    let d = day;
    for (let left = n; left > 0; left--) d = this.onOrAfter(d + 1);
    return d;
  }

  /**
   * The business day `n` business days before `day`.
   *
   * @example
   * calendar.subtractBusinessDays(parseIsoDate('2026-11-30')!, 1); // Fri 27 Nov: Thanksgiving is skipped
   */
  subtractBusinessDays(day: DayNumber, n: number): DayNumber {
    let d = day;
    for (let left = n; left > 0; ) {
      d--;
      if (this.isBusinessDay(d)) left--;
      if (day - d > MAX_SCAN_DAYS * (n + 1)) throw new Error(`no business days before day ${day} in ${this.spec.zone}`);
    }
    return d;
  }

  /** Business days strictly after `from` up to and including `to`. */
  businessDaysBetween(from: DayNumber, to: DayNumber): number {
    let count = 0;
    for (let d = from + 1; d <= to; d++) if (this.isBusinessDay(d)) count++;
    return count;
  }

  /** A range of local wall-clock minutes on one day, as instants. */
  window(day: DayNumber, range: MinuteRange): Interval {
    return { start: this.clock.instant(day, range.start), end: this.clock.instant(day, range.end) };
  }

  dayOf(ms: number): DayNumber {
    return this.clock.dayOf(ms);
  }
}
