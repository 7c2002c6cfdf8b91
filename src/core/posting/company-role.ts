import { companyFromLead } from './company-lead';
import { findFirstLine } from './first-line';
import { acceptCompany, companyBefore, ORG, roleAt, type Span } from './name-phrases';
import type { PostingFinding } from './types';

/*
 * Each pattern finds a short anchor phrase first ("is hiring a", "is an equal opportunity employer") and
 * reads the names next to it, instead of trying a name pattern at every capitalised word: that keeps the
 * cost to a few windows per posting.
 */
const HIRING =
  /\b(?:is|are)[ \t]+(?:currently\s+|now\s+|actively\s+)?(?:hiring|looking\s+for|seeking|recruiting|searching\s+for|in\s+search\s+of)\s+(?:an?\s+|our\s+(?:next\s+|new\s+)?|the\s+|two\s+|several\s+)?(?:(?:experienced|talented|motivated|dynamic|passionate)\s+)?/g;
const JOIN_AS = new RegExp(
  String.raw`\b[Jj]oin[ \t]+(${ORG})[ \t]+as[ \t]+(?:an?[ \t]+|our[ \t]+(?:next[ \t]+|new[ \t]+)?)?`,
  'dgu',
);
const LABEL =
  /(?<=^|[\n\r])[ \t]*(?:(company|employer|organi[sz]ation)|job[ \t]+title|position|role|title|vacancy)[ \t]*:[ \t]*/dgim;
const ABOUT = new RegExp(String.raw`(?<=^|[\n\r])[ \t]*About[ \t]+(${ORG})[ \t]*(?=:|[\n\r]|$)`, 'dgu');
const EOE = /\bis\s+an\s+equal\s+opportunity\s+employer\b/g;
const ORG_HERE = new RegExp(ORG, 'uy');
const MAX_ANCHORS = 40;

export interface CompanyRole {
  company: PostingFinding | null;
  role: PostingFinding | null;
}

/**
 * Guesses the company and the role when the text makes them clear, for the user to confirm: a label at the
 * start of a line ("Company: Acme"), "Acme Corp is hiring a Senior Backend Engineer", "join Acme as a …",
 * a first line "Senior Backend Engineer – Acme Corp", a heading "About Acme:", or "Acme is an equal
 * opportunity employer". Earlier sources in that list win. When none of them names a company, a line
 * "Acme Corp — Berlin, Germany" near the top or a sentence "Acme Corp builds …" does.
 *
 * @example
 * findCompanyAndRole('Acme Corp is hiring a Senior Backend Engineer to join us.').role?.text;
 * // 'Senior Backend Engineer'
 */
export function findCompanyAndRole(text: string): CompanyRole {
  const companies: Span[] = [];
  const roles: Span[] = [];
  const add = (list: Span[], span: Span | null) => {
    if (span !== null) list.push(span);
  };
  for (const match of first(text.matchAll(LABEL))) {
    const end = match.index + match[0].length;
    if (match[1] !== undefined) add(companies, orgAt(text, end));
    else add(roles, roleAt(text, end));
  }
  for (const match of first(text.matchAll(HIRING))) {
    add(companies, companyBefore(text, match.index));
    add(roles, roleAt(text, match.index + match[0].length));
  }
  for (const match of first(text.matchAll(JOIN_AS))) {
    const org = match.indices?.[1];
    if (org !== undefined) add(companies, acceptCompany(text, { start: org[0], end: org[1] }));
    add(roles, roleAt(text, match.index + match[0].length));
  }
  const line = findFirstLine(text);
  companies.push(...line.companies);
  roles.push(...line.roles);
  for (const match of first(text.matchAll(ABOUT))) {
    const org = match.indices?.[1];
    if (org !== undefined) add(companies, acceptCompany(text, { start: org[0], end: org[1] }));
  }
  for (const match of first(text.matchAll(EOE))) add(companies, companyBefore(text, match.index));
  add(companies, companies.length === 0 ? companyFromLead(text) : null);
  return { company: finding(text, 'company', companies[0]), role: finding(text, 'role', roles[0]) };
}

function* first<T>(matches: Iterable<T>): Generator<T> {
  let count = 0;
  for (const match of matches) {
    if ((count += 1) > MAX_ANCHORS) return;
    yield match;
  }
}

function orgAt(text: string, start: number): Span | null {
  ORG_HERE.lastIndex = start;
  const name = ORG_HERE.exec(text)?.[0];
  return name === undefined ? null : acceptCompany(text, { start, end: start + name.length });
}

function finding(text: string, kind: 'company' | 'role', span: Span | undefined): PostingFinding | null {
  if (span === undefined) return null;
  const value = text.slice(span.start, span.end);
  return { kind, start: span.start, end: span.end, text: value, value: value.replace(/\s+/gu, ' ') };
}
