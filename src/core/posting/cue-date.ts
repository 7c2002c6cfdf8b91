import { findAbsoluteDate } from './absolute-date';
import { formatIsoDate, type DayNumber } from './calendar';
import { findPeriodPhrase, type DateHit } from './period-phrase';
import type { PostingFinding } from './types';

/** A phrase that announces a date, such as "closing date" or "we will contact shortlisted candidates". */
export interface DateCue {
  /** Must carry the `g` and `i` flags. */
  pattern: RegExp;
  /** The words between cue and date must end in "by", "before", "until"…, as in "send your CV … by 3 March". */
  needsPreposition?: boolean;
  /** The cue is a label and must open a line or a sentence: "Deadline: 15 March", not "tight deadline: …". */
  atLineStart?: boolean;
}

export interface CueDateOptions {
  kind: 'deadline' | 'decision_date';
  reference: DayNumber;
  monthFirst: boolean;
  /** Which periods count besides calendar dates: none, named months ("end of March"), or also relative ones. */
  periods: 'none' | 'named' | 'all';
  /** The closing date, for "within two weeks of the closing date"; without it such a period is dropped. */
  closingDate?: DayNumber | null;
}

/** How far after the cue the date may start, so that a date in the next clause is not pulled in. */
const MAX_GAP = 48;
const WINDOW = 110;
/*
 * Each attempt runs the date parsers on one short window. A posting has a handful of cues; the cap keeps a
 * hostile or huge input from costing more than a few milliseconds.
 */
const MAX_ATTEMPTS = 40;
/** A date or period must have a digit, a month or a period word near the cue; without one, skip the parsers. */
const DATE_HINT =
  /\d|\b(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|end\s+of|mid|middle|weeks?|months?|days?|hours?|fortnight)\b/i;
const LINE_START = /(?:^|[\n\r.!?\u2022|*])[ \t]*$/;
const SENTENCE_BREAK = /[!?;\n\r\u2022]|\.(?:\s|[A-Z])/;
const PREPOSITION_END = /\b(?:by|before|until|till|through|no\s+later\s+than|on\s+or\s+before)[\s,:]*$/i;
const CARRIES_PREPOSITION = /^(?:within|in|by|before)\b/i;
const OF_CLOSING_DATE =
  /^\s+(?:of|after|from|following)\s+(?:the\s+)?(?:closing\s+date|deadline|application\s+deadline|close\s+of\s+applications|closing\s+of\s+(?:the\s+)?(?:advert|vacancy|applications))\b/i;

/**
 * Finds the dates that follow the given cues and returns one finding per cue, spanning cue and date.
 *
 * @example
 * findCuedDates('Closing date: 15/03/2025', [{ pattern: /closing date/gi }], {
 *   kind: 'deadline', reference: parseIsoDate('2025-01-10')!, monthFirst: false, periods: 'none',
 * });
 * // [{ kind: 'deadline', start: 0, end: 24, text: 'Closing date: 15/03/2025', value: '2025-03-15' }]
 */
export function findCuedDates(
  text: string,
  cues: readonly DateCue[],
  options: CueDateOptions,
): PostingFinding[] {
  const findings: PostingFinding[] = [];
  let attempts = 0;
  for (const cue of cues) {
    for (const match of text.matchAll(cue.pattern)) {
      if (cue.atLineStart === true && !LINE_START.test(text.slice(Math.max(0, match.index - 6), match.index)))
        continue;
      if (attempts >= MAX_ATTEMPTS) return sorted(findings);
      attempts += 1;
      const cueEnd = match.index + match[0].length;
      const hit = dateAfter(text.slice(cueEnd, cueEnd + WINDOW), cue, options);
      if (hit === null) continue;
      const end = cueEnd + hit.index + hit.length;
      if (findings.some((f) => f.start < end && match.index < f.end)) continue;
      findings.push({
        kind: options.kind,
        start: match.index,
        end,
        text: text.slice(match.index, end),
        value: formatIsoDate(hit.day),
      });
    }
  }
  return sorted(findings);
}

function sorted(findings: PostingFinding[]): PostingFinding[] {
  return findings.sort((a, b) => a.start - b.start);
}

function dateAfter(window: string, cue: DateCue, options: CueDateOptions): DateHit | null {
  if (!DATE_HINT.test(window.slice(0, MAX_GAP + 12))) return null;
  const candidates = [
    findAbsoluteDate(window, options.reference, options.monthFirst),
    options.periods === 'none'
      ? null
      : findPeriodPhrase(window, options.reference, options.periods === 'all'),
  ].filter((h): h is DateHit => h !== null && h.index <= MAX_GAP);
  candidates.sort((a, b) => a.index - b.index || b.length - a.length);
  const hit = candidates[0];
  if (hit === undefined) return null;
  const gap = window.slice(0, hit.index);
  if (SENTENCE_BREAK.test(gap)) return null;
  const phrase = window.slice(hit.index);
  if (cue.needsPreposition === true && !PREPOSITION_END.test(gap) && !CARRIES_PREPOSITION.test(phrase))
    return null;
  return hit.relative === true ? anchored(window, hit, options) : hit;
}

/**
 * "Within two weeks of the closing date" counts from the closing date, not from the application: re-read the
 * period from there when the closing date is known, and give up on it when it is not.
 */
function anchored(window: string, hit: DateHit, options: CueDateOptions): DateHit | null {
  const anchor = OF_CLOSING_DATE.exec(window.slice(hit.index + hit.length));
  if (anchor === null) return hit;
  if (options.closingDate === undefined || options.closingDate === null) return null;
  const reread = findPeriodPhrase(window.slice(hit.index), options.closingDate, true);
  if (reread === null) return null;
  return { index: hit.index, length: hit.length + anchor[0].length, day: reread.day, relative: true };
}
