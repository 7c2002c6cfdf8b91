import { z } from 'zod';
import { parseIsoDate } from '../core/calendar/civil-date';
import { parseInstant } from '../core/calendar/instant';
import { parseTimeOfDay } from '../core/calendar/time-of-day';
import { ZoneClock } from '../core/calendar/zone-clock';
import { isKnownCountry, regionsOf } from '../core/calendar/public-holidays';
import { CALL_OUTCOMES, CONTACT_ROLES, EVENT_KINDS, PLAYBOOK_NAMES, STAGES } from '../core/model';

/** Field schemas shared by the use cases, the CLI and the HTTP API. */
export const isoDate = z.string().trim().refine((s) => parseIsoDate(s) !== null, 'must be a date as YYYY-MM-DD');

/** An instant with a zone (`2026-11-23T09:00:00Z`, `…-05:00`) or a plain date, read as noon that day. */
export const instant = z
  .string()
  .trim()
  .refine((s) => parseIsoDate(s) !== null || (/[T ]\d\d:\d\d/.test(s) && /(Z|[+-]\d\d:?\d\d)$/.test(s) && !Number.isNaN(parseInstant(s.replace(' ', 'T')))), 'must be an ISO 8601 date (2026-11-23) or time with a zone (2026-11-23T09:00:00Z)');

export const timezone = z.string().trim().refine((z) => ZoneClock.isValid(z), 'is not a known IANA time zone, such as Europe/Berlin');
export const country = z.string().trim().toUpperCase().refine((c) => /^[A-Z]{2}$/.test(c) && isKnownCountry(c), 'is not a known ISO 3166 country code, such as US or DE');
export const timeOfDay = z.string().refine((t) => parseTimeOfDay(t) !== null, 'must be HH:MM');
export const timeRange = z.object({ start: timeOfDay, end: timeOfDay });
export const email = z.string().trim().toLowerCase().pipe(z.email('is not an email address'));
export const phone = z.string().trim().min(3).max(40).regex(/^[+()\d][\d\s().\-/]*(?:\s*(?:x|ext\.?)\s*\d+)?$/i, 'is not a phone number');
export const playbook = z.enum(PLAYBOOK_NAMES);
export const stage = z.enum(STAGES);
export const eventKind = z.enum(EVENT_KINDS);
export const contactRole = z.enum(CONTACT_ROLES);
export const callOutcome = z.enum(CALL_OUTCOMES);
export const shortText = (max: number) => z.string().trim().min(1, 'must not be empty').max(max, `must be at most ${max} characters`);

export const contactInput = z.object({
  name: shortText(200).nullish(),
  role: contactRole.default('other'),
  email: email.nullish(),
  phone: phone.nullish(),
  phoneIsDirect: z.boolean().default(false),
});
export type ContactInput = z.input<typeof contactInput>;

export const policyInput = z.object({
  noContact: z.boolean(),
  noCalls: z.boolean(),
  noAgencies: z.boolean(),
  onlyShortlistedContacted: z.boolean(),
});

/** A region must be one of the country's, as date-holidays knows them. */
export function checkRegion(countryCode: string | null | undefined, region: string | null | undefined, ctx: z.RefinementCtx): void {
  if (!region) return;
  if (!countryCode) {
    ctx.addIssue({ code: 'custom', path: ['region'], message: 'needs a country' });
    return;
  }
  if (!isKnownCountry(countryCode)) return;
  const regions = Object.keys(regionsOf(countryCode));
  if (!regions.includes(region)) {
    ctx.addIssue({ code: 'custom', path: ['region'], message: `is not a region of ${countryCode}${regions.length ? ` (known: ${regions.join(', ')})` : ''}` });
  }
}

/** Reads an instant input: a plain date becomes noon in the given zone, so it never slips a day. */
export function toInstant(text: string, zone: string): string {
  const day = parseIsoDate(text);
  if (day === null) return new Date(parseInstant(text.replace(' ', 'T'))).toISOString();
  return new Date(ZoneClock.for(zone).instant(day, 12 * 60)).toISOString();
}
