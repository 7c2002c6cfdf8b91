import Holidays from 'date-holidays';
import { invalid } from '../app-error';
import { dayFromParts, yearOf, type DayNumber } from './civil-date';

const MS_PER_DAY = 86_400_000;
let catalogue: Holidays | undefined;

function catalog(): Holidays {
  catalogue ??= new Holidays();
  return catalogue;
}

/**
 * Public holidays of one country and region, from date-holidays. Only the `public` type counts: bank
 * holidays, observances ("Mother's Day") and optional days are working days for an employer.
 */
export class PublicHolidays {
  private static readonly known = new Map<string, PublicHolidays>();
  private readonly years = new Map<number, ReadonlySet<DayNumber>>();
  private readonly source: Holidays | null;

  private constructor(
    readonly country: string | null,
    readonly region: string | null,
  ) {
    const types = { types: ['public' as const] };
    this.source = !country ? null : region ? new Holidays(country, region, types) : new Holidays(country, types);
  }

  /**
   * The holidays of a country and region; `null` country means none (weekends only). Throws a validation
   * error naming the field when the country or region is unknown to date-holidays.
   *
   * @example
   * PublicHolidays.for('US', null).has(parseIsoDate('2026-11-26')!); // true: Thanksgiving
   */
  static for(country: string | null, region: string | null): PublicHolidays {
    const key = `${country ?? ''}-${region ?? ''}`;
    const cached = PublicHolidays.known.get(key);
    if (cached) return cached;
    if (country !== null) assertKnownRegion(country, region);
    const made = new PublicHolidays(country, country === null ? null : region);
    PublicHolidays.known.set(key, made);
    return made;
  }

  has(day: DayNumber): boolean {
    if (!this.source) return false;
    const year = yearOf(day);
    let days = this.years.get(year);
    if (!days) {
      days = this.load(year);
      this.years.set(year, days);
    }
    return days.has(day);
  }

  /** The names of the holidays on a day, for reasons ("moved past Thanksgiving Day"). */
  namesOn(day: DayNumber): string[] {
    if (!this.source || !this.has(day)) return [];
    return this.entries(yearOf(day))
      .filter((h) => h.days.includes(day))
      .map((h) => h.name);
  }

  private load(year: number): ReadonlySet<DayNumber> {
    return new Set(this.entries(year).flatMap((h) => h.days));
  }

  private entries(year: number): { name: string; days: DayNumber[] }[] {
    if (!this.source) return [];
    return this.source
      .getHolidays(year)
      .filter((h) => h.type === 'public')
      .map((h) => {
        // `date` is the local date the holiday is known by. Holidays that begin at sundown the evening
        // before (Israel) still name the following day, which is the day offices are closed.
        const first = dayFromParts(Number(h.date.slice(0, 4)), Number(h.date.slice(5, 7)), Number(h.date.slice(8, 10)));
        const span = Math.max(1, Math.round((h.end.getTime() - h.start.getTime()) / MS_PER_DAY));
        return { name: h.name, days: Array.from({ length: span }, (_, i) => first + i) };
      });
  }
}

/** Countries whose weekend is Friday and Saturday (as of 2026); everywhere else it is Saturday and Sunday. */
const FRIDAY_SATURDAY = new Set(['AF', 'BD', 'BH', 'DZ', 'EG', 'IL', 'IQ', 'JO', 'KW', 'LY', 'MV', 'OM', 'QA', 'SA', 'SD', 'SY', 'YE']);

/**
 * The ISO weekdays that are the weekend in a country.
 *
 * @example
 * weekendOf('IL'); // [5, 6]
 */
export function weekendOf(country: string | null): readonly number[] {
  return country && FRIDAY_SATURDAY.has(country) ? [5, 6] : [6, 7];
}

export function isKnownCountry(country: string): boolean {
  return Object.prototype.hasOwnProperty.call(catalog().getCountries(), country);
}

export function regionsOf(country: string): Record<string, string> {
  return catalog().getStates(country) ?? {};
}

/**
 * Checks a country and region against date-holidays, naming the bad field.
 *
 * @example
 * assertKnownRegion('DE', 'BY'); // passes
 * assertKnownRegion('DE', 'XX'); // throws: region "XX" is not a region of DE (known: BB, BE, ...)
 */
export function assertKnownRegion(country: string, region: string | null): void {
  if (!/^[A-Z]{2}$/.test(country) || !isKnownCountry(country)) {
    throw invalid('country', `is not a known ISO 3166 country code: "${country}"`);
  }
  if (region === null) return;
  const regions = regionsOf(country);
  if (!Object.prototype.hasOwnProperty.call(regions, region)) {
    const known = Object.keys(regions);
    const hint = known.length ? ` (known: ${known.join(', ')})` : ` (${country} has no regions in the holiday data)`;
    throw invalid('region', `"${region}" is not a region of ${country}${hint}`);
  }
}
