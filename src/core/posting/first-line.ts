import { acceptCompany, type Span } from './name-phrases';
import { isTitleCased, namesARole } from './role-words';
import { seams } from './glued-words';

const FIRST_LINE = /^\s*([^\n\r]{3,120})(?:[\n\r]|$)/u;
const SEPARATOR = /(\s+[–—|]\s+|\s+-\s+|\s+@\s+|\s+at\s+)/u;

/**
 * Reads a title line such as "Senior Backend Engineer – Acme Corp", "Data Analyst | Acme" or "Engineer at
 * Acme". The part that names a role is the role. The other part is taken as the company only after "at" or
 * "@", or when the same name appears again in the posting, because that side is as often a place
 * ("Senior Engineer – London") or a team.
 *
 * @example
 * findFirstLine('Data Analyst at Acme\nWe are…'); // { roles: [{ start: 0, end: 12 }], companies: [{ start: 16, end: 20 }] }
 */
export function findFirstLine(text: string): { companies: Span[]; roles: Span[] } {
  const result = { companies: [] as Span[], roles: [] as Span[] };
  const match = FIRST_LINE.exec(text);
  const line = match?.[1];
  if (match === null || line === undefined) return result;
  const lineStart = match.index + match[0].indexOf(line);
  const parts = line.split(SEPARATOR);
  if (parts.length !== 1 && parts.length !== 3) return result;
  const separator = parts[1]?.trim() ?? '';
  let offset = lineStart;
  for (const [index, part] of parts.entries()) {
    const start = offset + (part.length - part.trimStart().length);
    offset += part.length;
    const trimmed = part.trim().replace(/[.!:]$/u, '');
    if (index === 1 || trimmed === '' || !isTitleCased(trimmed) || seams(trimmed).length > 0) continue;
    const span = { start, end: start + trimmed.length };
    const words = trimmed.split(/\s+/u).length;
    if (namesARole(trimmed)) {
      if (words <= 8) result.roles.push(span);
    } else if (
      parts.length === 3 &&
      words <= 6 &&
      (separator === 'at' || separator === '@' || repeated(text, trimmed, span))
    ) {
      const company = acceptCompany(text, span);
      if (company !== null) result.companies.push(company);
    }
  }
  return result;
}

/** Whether `name` occurs in the text outside `span`, as a whole word. */
function repeated(text: string, name: string, span: Span): boolean {
  let from = 0;
  for (;;) {
    const at = text.indexOf(name, from);
    if (at < 0) return false;
    const before = text.charAt(at - 1);
    const after = text.charAt(at + name.length);
    if (at !== span.start && !/[\p{L}\p{N}]/u.test(before) && !/[\p{L}\p{N}]/u.test(after)) return true;
    from = at + 1;
  }
}
