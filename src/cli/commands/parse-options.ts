import { invalid } from '../../core/app-error';
import { parsePeople, type Person } from '../../core/people/parse-people';

/** Splits `DE-BY` into country and region; `US` has no region. */
export function splitCountry(value: unknown): { country?: string; region?: string } {
  if (typeof value !== 'string' || value.trim() === '') return {};
  const [country, ...rest] = value.trim().toUpperCase().split('-');
  return { country: country ?? '', ...(rest.length ? { region: rest.join('-') } : {}) };
}

/** Reads `09:00-11:30` (an en dash is fine too) as a time range. */
export function timeRange(value: unknown, field: string): { start: string; end: string } {
  const m = typeof value === 'string' ? /^\s*(\d\d:\d\d)\s*[-–]\s*(\d\d:\d\d)\s*$/.exec(value) : null;
  if (!m) throw invalid(field, `must be a range like 09:00-11:30 (got "${String(value)}")`);
  return { start: m[1] ?? '', end: m[2] ?? '' };
}

/** Splits `point; point` into trimmed, non-empty parts. */
export function splitList(value: unknown, separator = ';'): string[] {
  return typeof value === 'string' ? value.split(separator).map((s) => s.trim()).filter(Boolean) : [];
}

export function str(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}

/**
 * A name given without an address must look like one: letters, spaces, hyphens, apostrophes and dots,
 * starting with a capital (or a letter of a script without case). A lone lower-case word such as "bad" is
 * far more often a slip than a person, and a contact with neither a usable name nor an address helps no one.
 */
const NAME = /^[\p{Lu}\p{Lt}\p{Lo}][\p{L}\p{M}'’. -]*$/u;

/**
 * Reads `--contact` values: "Name <email>", an email, or a plain name such as "Dana Smith". Anything else is
 * refused naming the field `contact`; an address that is there but malformed is left for the schema to name.
 */
export function readContacts(values: string[]): Person[] {
  return values.flatMap((text) => {
    const people = parsePeople(text);
    const bad = people.length === 0 || people.some((p) => p.email === null && !NAME.test(p.name ?? ''));
    if (bad) throw invalid('contact', `must be "Name <email>", an email address or a name such as "Dana Smith" (got "${text}")`);
    return people;
  });
}
