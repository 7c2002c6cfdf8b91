import type { BusinessCalendar, Interval } from '../calendar/business-calendar';
import { isoWeekday, type DayNumber } from '../calendar/civil-date';
import type { MinuteRange } from '../calendar/time-of-day';
import type { ZoneClock } from '../calendar/zone-clock';
import type { DueWindow } from '../model';

const MINUTE = 60_000;
/** A window shorter than this is not worth offering; the next business day is used instead. */
const MIN_WINDOW = 30 * MINUTE;
/** Quiet hours are a preference: after this many days without a compatible window they are ignored. */
const QUIET_SEARCH_DAYS = 14;

function inRange(minute: number, range: MinuteRange): boolean {
  return range.start < range.end
    ? minute >= range.start && minute < range.end
    : minute >= range.start || minute < range.end;
}

/** Picks due days and windows in the recipient's calendar, keeping out of the user's quiet hours. */
export class Scheduler {
  constructor(
    readonly calendar: BusinessCalendar,
    private readonly userClock: ZoneClock,
    private readonly quiet: MinuteRange | null,
  ) {}

  /**
   * The first business day in [from, to] on a preferred weekday, else the first business day on or after
   * `from`. 003 aims follow-ups at the beginning of the week.
   */
  pickDay(from: DayNumber, to: DayNumber, preferred: readonly number[]): DayNumber {
    const first = this.calendar.onOrAfter(from);
    if (preferred.length > 0) {
      for (let d = first; d <= to; d++) {
        if (preferred.includes(isoWeekday(d)) && this.calendar.isBusinessDay(d)) return d;
      }
    }
    return first;
  }

  /**
   * The first window of `range` local hours on a business day that starts at or after `from`, trimmed to
   * the user's waking hours. Later starts on the same day are kept when at least 30 minutes remain. When the
   * user's quiet hours cover the whole range (a New York user writing to London at 09:00), the recipient's
   * wider `fallback` hours on the same day are tried before the next day.
   */
  windowFrom(from: number, range: MinuteRange, fallback: MinuteRange | null = null): Interval {
    const cal = this.calendar;
    const ranges = fallback ? [range, fallback] : [range];
    let first: Interval | null = null;
    for (let day = cal.dayOf(from), tries = 0; tries < QUIET_SEARCH_DAYS; day++) {
      if (!cal.isBusinessDay(day)) continue;
      tries++;
      for (const r of ranges) {
        const w = cal.window(day, r);
        const start = Math.max(w.start, from);
        if (w.end - start < MIN_WINDOW) continue;
        const candidate = { start, end: w.end };
        first ??= candidate;
        const awake = this.trimQuiet(candidate);
        if (awake) return awake;
      }
    }
    // Quiet hours are a preference; a recipient the user can never reach while awake still gets a window.
    return first ?? cal.window(cal.onOrAfter(cal.dayOf(from) + 1), range);
  }

  /**
   * The window of `range` on a day, or on the next business day that suits. Memoised: the answer depends
   * only on the day and the ranges, and thousands of applications ask about the same days. The returned
   * intervals are shared and must not be mutated.
   */
  windowOn(day: DayNumber, range: MinuteRange, fallback: MinuteRange | null = null): Interval {
    let byDay = this.windows.get(range);
    if (!byDay) this.windows.set(range, (byDay = new Map()));
    const key = fallback ? day * 2 + 1 : day * 2;
    let window = byDay.get(key);
    if (!window) {
      if (byDay.size > 50_000) byDay.clear();
      window = this.windowFrom(this.calendar.clock.instant(day, 0), range, fallback);
      byDay.set(key, window);
    }
    return window;
  }

  private readonly windows = new Map<MinuteRange, Map<number, Interval>>();

  /**
   * The first stretch of at least 30 minutes within [from, until] in which the user is awake, ending when
   * their quiet hours begin, or null when there is none. Unlike the other windows it ignores the recipient's
   * business days and hours: a thank-you should go out on the day of the interview, whatever day that is.
   */
  awakeWithin(from: number, until: number): Interval | null {
    const quiet = this.quiet;
    if (!quiet) return until - from >= MIN_WINDOW ? { start: from, end: until } : null;
    let start = from;
    while (until - start >= MIN_WINDOW) {
      if (inRange(this.userClock.minuteOf(start), quiet)) start = this.nextLocal(start, quiet.end);
      const end = Math.min(until, this.nextLocal(start, quiet.start));
      if (end - start >= MIN_WINDOW) return { start, end };
      start = this.nextLocal(end, quiet.end);
    }
    return null;
  }

  /**
   * The due window as ISO text in the recipient's zone. The windows of `windowOn` are shared by every
   * application due that day, so their text is kept beside them and shared too, frozen.
   */
  due(window: Interval): DueWindow {
    let due = this.dues.get(window);
    if (!due) {
      const clock = this.calendar.clock;
      due = Object.freeze({ start: clock.iso(window.start), end: clock.iso(window.end) });
      this.dues.set(window, due);
    }
    return due;
  }

  private readonly dues = new WeakMap<Interval, DueWindow>();

  private trimQuiet(window: Interval): Interval | null {
    const quiet = this.quiet;
    if (!quiet) return window;
    const clock = this.userClock;
    let start = window.start;
    if (inRange(clock.minuteOf(start), quiet)) start = this.nextLocal(start, quiet.end);
    const quietStarts = this.nextLocal(start, quiet.start);
    const end = Math.min(window.end, quietStarts);
    return end - start >= MIN_WINDOW ? { start, end } : null;
  }

  /** The first instant after `ms` at which the user's clock shows `minute`. */
  private nextLocal(ms: number, minute: number): number {
    const day = this.userClock.dayOf(ms);
    const sameDay = this.userClock.instant(day, minute);
    return sameDay > ms ? sameDay : this.userClock.instant(day + 1, minute);
  }
}
