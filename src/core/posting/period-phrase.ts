import {
  addBusinessDays,
  addMonths,
  dayFromParts,
  endOfMonth,
  fridayOfWeek,
  partsOf,
  type DayNumber,
} from './calendar';

/** A date phrase found in a short window of text: where it is (relative to the window) and the day it means. */
export interface DateHit {
  index: number;
  length: number;
  day: DayNumber;
  /** Counted from the reference date ("within two weeks"), as opposed to a calendar date or named month. */
  relative?: boolean;
}

const NUMBER_WORDS: Readonly<Record<string, number>> = {
  a: 1,
  an: 1,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  fourteen: 14,
  fifteen: 15,
  twenty: 20,
  thirty: 30,
  'a couple of': 2,
};

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const MONTH = String.raw`(january|february|march|april|may|june|july|august|september|october|november|december|(?:jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)\.?)`;
const COUNT = String.raw`(\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fourteen|fifteen|twenty|thirty|an?|a couple of)`;

/*
 * "A few weeks" and "shortly" are left out on purpose: turning them into a date would invent a precision
 * the employer did not state. A range ("2-3 weeks") is read at its far end, since the date is a "by".
 */
const DURATION = new RegExp(
  String.raw`\b(?:within|in|over|during)\s+(?:the\s+)?(next\s+|coming\s+|following\s+)?` +
    String.raw`(?:${COUNT}(?:\s*(?:-|–|to|or)\s*${COUNT})?\s+)?(business\s+|working\s+|calendar\s+)?(hours?|days?|weeks?|months?)\b`,
  'i',
);
const FORTNIGHT = /\b(?:within|in)\s+(?:a|one|the\s+next)\s+fortnight\b/i;
const END_OF_RELATIVE = /\b(?:the\s+)?end\s+of\s+(this|the|next)\s+(week|month)\b/i;
const END_OF_MONTH = new RegExp(String.raw`\b(?:the\s+)?end\s+of\s+${MONTH}(?:\s+(\d{4}))?(?![a-z])`, 'i');
const MID_MONTH = new RegExp(
  String.raw`\b(?:mid[-\s]?|the\s+middle\s+of\s+|middle\s+of\s+)${MONTH}(?:\s+(\d{4}))?(?![a-z])`,
  'i',
);
const NEXT_WEEK = /\b(?:next|the\s+following)\s+week\b/i;

/**
 * Finds the earliest period or month-part phrase in a short window and resolves it against the reference
 * date: "within two weeks", "in 5 working days", "by the end of the month", "end of March", "mid-April".
 * With `relative` false, only named months count ("end of March"), for dates that must not depend on
 * when the user applied, such as a deadline.
 *
 * @example
 * findPeriodPhrase('get back to you within two weeks', parseIsoDate('2025-01-10')!);
 * // { index: 16, length: 16, day: <2025-01-24>, relative: true }
 */
export function findPeriodPhrase(window: string, reference: DayNumber, relative = true): DateHit | null {
  const named = [
    hit(END_OF_MONTH.exec(window), (m) => monthPart(m, reference, 'end')),
    hit(MID_MONTH.exec(window), (m) => monthPart(m, reference, 'middle')),
  ];
  const counted = relative
    ? [
        hit(DURATION.exec(window), (m) => durationEnd(m, reference)),
        hit(FORTNIGHT.exec(window), () => reference + 14),
        hit(END_OF_RELATIVE.exec(window), (m) => endOfRelative(m, reference)),
        hit(NEXT_WEEK.exec(window), () => fridayOfWeek(reference + 7)),
      ].map((h) => (h === null ? null : { ...h, relative: true }))
    : [];
  const hits = [...named, ...counted].filter((h): h is DateHit => h !== null);
  hits.sort((a, b) => a.index - b.index || b.length - a.length);
  return hits[0] ?? null;
}

function hit(match: RegExpExecArray | null, toDay: (m: RegExpExecArray) => DayNumber | null): DateHit | null {
  if (!match) return null;
  const day = toDay(match);
  return day === null ? null : { index: match.index, length: match[0].length, day };
}

function countOf(word: string | undefined): number | null {
  if (word === undefined) return null;
  const lower = word.toLowerCase().replace(/\s+/g, ' ');
  const value = /^\d+$/.test(lower) ? Number(lower) : NUMBER_WORDS[lower];
  return value === undefined || value < 1 ? null : value;
}

function durationEnd(match: RegExpExecArray, reference: DayNumber): DayNumber | null {
  // "the next month" is one month; "in days" with neither a count nor "next" is no period.
  const count = countOf(match[3]) ?? countOf(match[2]) ?? (match[1] === undefined ? null : 1);
  const unit = (match[5] ?? '').toLowerCase();
  const business = /^(?:business|working)/i.test(match[4] ?? '');
  if (count === null) return null;
  if (unit.startsWith('hour')) return count > 24 * 90 ? null : reference + Math.ceil(count / 24);
  if (unit.startsWith('day')) {
    if (count > 180) return null;
    return business ? addBusinessDays(reference, count) : reference + count;
  }
  if (unit.startsWith('week')) return count > 26 ? null : reference + 7 * count;
  return count > 12 ? null : addMonths(reference, count);
}

function endOfRelative(match: RegExpExecArray, reference: DayNumber): DayNumber {
  const next = (match[1] ?? '').toLowerCase() === 'next';
  if ((match[2] ?? '').toLowerCase() === 'week') return fridayOfWeek(reference + (next ? 7 : 0));
  return endOfMonth(next ? endOfMonth(reference) + 1 : reference);
}

function monthPart(match: RegExpExecArray, reference: DayNumber, part: 'end' | 'middle'): DayNumber | null {
  const month = MONTHS.indexOf((match[1] ?? '').slice(0, 3).toLowerCase()) + 1;
  if (month === 0) return null;
  const inYear = (year: number): DayNumber | null => {
    const first = dayFromParts(year, month, 1);
    if (first === null) return null;
    return part === 'end' ? endOfMonth(first) : first + 14;
  };
  if (match[2] !== undefined) return inYear(Number(match[2]));
  // The same rule as for "3 March": the first such day on or after 30 days before the reference.
  const earliest = reference - 30;
  const startYear = partsOf(earliest).year;
  for (const year of [startYear, startYear + 1]) {
    const day = inYear(year);
    if (day !== null && day >= earliest) return day;
  }
  return null;
}
