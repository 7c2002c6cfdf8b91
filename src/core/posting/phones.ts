import {
  findPhoneNumbersInText,
  isSupportedCountry,
  parsePhoneNumberFromString,
  type CountryCode,
} from 'libphonenumber-js/max';
import type { PostingFinding } from './types';

/*
 * libphonenumber-js does the hard part (numbering plans, validity by type, trunk and international
 * prefixes), with the full "max" metadata so that a number must fit a real range rather than just a length.
 * Two things are added around it. First, it only ever sees short digit runs found here: on a long run of
 * digit groups it costs seconds, and on "ref 2025001234, 555 1234" its reported span runs past the number.
 * Second, shapes that are valid phone numbers by accident are dropped: salary ranges ("35000-73000"),
 * amounts ("$45,000"), bare digit strings without a word such as "phone" before them (order numbers, ids),
 * and fax numbers, which are no way to reach a person.
 */
const CANDIDATE = /(?<![\p{L}\p{N}])[+(]?\d[\d \t().\-–]{5,28}\d(?![\p{L}\p{N}])/gu;
const MAX_CANDIDATES = 60;
const CURRENCY_BEFORE = /[$€£¥₹]\s*$/;
const AMOUNT_AFTER = /^\s*(?:[kK%]|USD|EUR|GBP|per\b|\/\s*(?:yr|year|hr|hour|month)|p\.?a\b)/;
const RANGE = /^\d{4,6}\s*[-–]\s*\d{4,6}$/;
const DATE = /^(?:\d{1,2}[.-]\d{1,2}[.-]\d{2,4}|\d{4}[.-]\d{1,2}[.-]\d{1,2})$/;
const PHONE_WORD =
  /(?:phone|tel|telephone|call|mobile|cell|whats-?app|text|sms|ph|mob|ring)\b\.?[^\p{L}\p{N}]{0,12}$/iu;
const FAX_BEFORE = /\bfax\b[^\p{L}\p{N}]{0,12}$/iu;

/**
 * Finds phone numbers and gives each as E.164 in `value`. Without a country hint only numbers written
 * with their country code (+44 …) are found, since a national number cannot be placed.
 *
 * @example
 * findPhones('Call (312) 555-0123.', 'US');
 * // [{ kind: 'phone', start: 5, end: 19, text: '(312) 555-0123', value: '+13125550123' }]
 */
export function findPhones(text: string, country: string | null): PostingFinding[] {
  const defaultCountry = country !== null && isSupportedCountry(country) ? country : undefined;
  const findings: PostingFinding[] = [];
  let seen = 0;
  for (const candidate of text.matchAll(CANDIDATE)) {
    if (seen >= MAX_CANDIDATES) break;
    seen += 1;
    const raw = candidate[0];
    const before = text.slice(Math.max(0, candidate.index - 24), candidate.index);
    const after = text.slice(candidate.index + raw.length, candidate.index + raw.length + 8);
    if (
      CURRENCY_BEFORE.test(before) ||
      AMOUNT_AFTER.test(after) ||
      RANGE.test(raw.trim()) ||
      DATE.test(raw.trim())
    )
      continue;
    for (const found of findPhoneNumbersInText(raw, { defaultCountry })) {
      const start = candidate.index + found.startsAt;
      const written = trimToNumber(
        raw.slice(found.startsAt, found.endsAt),
        found.number.number,
        defaultCountry,
      );
      const context = text.slice(Math.max(0, start - 24), start);
      if (FAX_BEFORE.test(context)) continue;
      if (/^\d+$/.test(written) && !PHONE_WORD.test(context)) continue;
      findings.push({
        kind: 'phone',
        start,
        end: start + written.length,
        text: written,
        value: found.number.number,
      });
    }
  }
  return findings;
}

/** The shortest prefix of `written` that still reads as the same number. */
function trimToNumber(written: string, e164: string, country: CountryCode | undefined): string {
  for (let end = 1; end < written.length; end += 1) {
    if (!/\d/.test(written.charAt(end - 1))) continue;
    const prefix = written.slice(0, end);
    if (parsePhoneNumberFromString(prefix, country)?.number === e164) return prefix;
  }
  return written;
}
