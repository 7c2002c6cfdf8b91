import { seedFiles } from '../../model';
import { findAll } from '../text-search';
import type { LintRule } from '../types';

/**
 * Unfilled template slots. Square brackets count unless they are a Markdown link (`[site](url)`) or a
 * footnote number; angle brackets count unless they hold an address or a URL. Leaked code values
 * (`undefined`, `NaN`, `[object Object]`) count too, because they mean a fact was missing.
 */
const PLACEHOLDERS: RegExp[] = [
  /\[(?!\d+\])[^\]\n]{1,60}\](?!\()/g,
  /\{\{?\s*[\p{L}_][\p{L}\p{N}_ .-]{0,40}\}\}?/gu,
  /<<?\s*[\p{L}_][\p{L}\p{N}_ ]{0,40}>>?/gu,
  /\$\{[^}\n]{0,40}\}/g,
  /%[sd]\b/g,
  /\b(?:XXX+|TODO|TBD|FIXME)\b/g,
  // Template variable names ("COMPANY_NAME", "FIRST_NAME") and masked dates or times ("XX/XX"). A
  // constant such as MAX_CONNECTIONS is a fact of the writer's work, so only slot-like words count.
  /\b(?=[A-Z0-9_]*[A-Z0-9]_[A-Z0-9])[A-Z0-9_]*(?:NAME|COMPANY|ROLE|TITLE|DATE|POSITION|CONTACT|MANAGER|JOB|RECIPIENT|INTERVIEWER|TEAM|DAY|TIME|INSERT)[A-Z0-9_]*\b/g,
  /\b[Xx]{2,4}(?:[/.:-][Xx]{2,4})+\b/g,
  /\b(?:DD|MM|YYYY|YY)(?:[/.-](?:DD|MM|YYYY|YY))+\b/g,
  /_{3,}/g,
  /(?<![\p{L}\p{N}_-])undefined(?![\p{L}\p{N}_-]|\s+behaviou?r)/gu,
  /(?<![\p{L}\p{N}_-])NaN(?![\p{L}\p{N}_-])/gu,
  /\[object \w+\]/g,
];

export const placeholderRule: LintRule = {
  id: 'placeholder',
  severities: ['error'],
  catches: 'Unfilled slots such as [Name], {company}, <Role>, COMPANY_NAME, XX/XX, TODO, or a leaked "undefined".',
  sources: seedFiles('004'),
  check(doc) {
    const matches = PLACEHOLDERS.flatMap((pattern) => findAll(pattern, doc.text));
    // Patterns overlap ("${date}" also holds "{date}"), so a match inside a longer one is the same blank.
    const outermost = matches.filter(
      (match, index) =>
        !matches.some(
          (other, otherIndex) =>
            otherIndex !== index &&
            other.start <= match.start &&
            other.end >= match.end &&
            (other.end - other.start > match.end - match.start || otherIndex < index),
        ),
    );
    return outermost.map((match) => ({
      rule: 'placeholder',
      severity: 'error' as const,
      start: match.start,
      end: match.end,
      message: `"${match.text}" looks like a blank left unfilled; write the actual fact or rephrase.`,
      sources: seedFiles('004'),
    }));
  },
};
