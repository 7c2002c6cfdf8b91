import { acceptCompany, ORG, type Span } from './name-phrases';
import { placeAt } from './place-phrase';

/*
 * A line near the top that reads "Northwind Traders — Berlin, Germany": a name, a dash or bar, and a place
 * up to the end of the line. The place is what makes the name a company rather than a team or a slogan.
 */
const NAME_THEN_PLACE = new RegExp(
  String.raw`(?<=^|[\n\r])[ \t]*(${ORG})[ \t]+[–—|·\-][ \t]+(?=\S)([^\n\r]*?)[ \t]*(?=[\n\r]|$)`,
  'dgu',
);
/*
 * A sentence whose subject is the company and whose verb describes a business: "Northwind Traders builds
 * …", "Acme is a fast-growing startup". "Is a" needs a business noun after it, because "Python is a plus"
 * has the same shape. A full stop after a single capital is an initial ("I.D. Images"), not a sentence end.
 */
const SUBJECT = new RegExp(
  String.raw`(?<=^|[\n\r]|(?<![^\p{L}]\p{Lu})[.!?:][ \t]+)(${ORG})[ \t]+(?:builds|develops|designs|creates|makes|provides|offers|helps|delivers|powers|operates|was[ \t]+founded|(?:is|are)[ \t]+(?:an?|the)[ \t]+(?:[\p{L}\-]+[ \t]+){0,3}(?:company|startup|start-up|firm|provider|agency|platform|business|group|consultancy|leader|manufacturer|retailer|organi[sz]ation|employer|bank|marketplace|studio|developer|maker|brand|team))\b`,
  'dgu',
);
/** Departments that job boards print beside the place ("Engineering · Berlin") where a company would be. */
const DEPARTMENT =
  /^(?:engineering|sales|marketing|product|design|operations|finance|hr|human resources|people|legal|support|customer (?:success|service|support)|data|research|it|technology|tech|administration|management|remote|hybrid|on-?site|full[ -]time|part[ -]time)$/iu;
const LEAD = /^(?:[^\n\r]*(?:[\n\r]+|$)){0,4}/u;
const MAX_ANCHORS = 40;

/**
 * The company, when the usual cues name none, from the layout "Title / Company — City" under the title or
 * from a sentence led by its name ("Northwind Traders builds …"). Pronouns, generic words ("We build",
 * "Our team helps") and places ("Berlin is a great city") are not taken.
 *
 * @example
 * companyFromLead('Backend Engineer\nNorthwind Traders — Berlin, Germany'); // { start: 17, end: 34 }
 */
export function companyFromLead(text: string): Span | null {
  const lead = LEAD.exec(text)?.[0] ?? '';
  for (const match of lead.matchAll(NAME_THEN_PLACE)) {
    const name = match.indices?.[1];
    const rest = match.indices?.[2];
    if (name === undefined || rest === undefined) continue;
    const place = placeAt(text, rest[0], true);
    if (place === null || place.end !== rest[1]) continue;
    const company = accept(text, { start: name[0], end: name[1] });
    if (company !== null) return company;
  }
  let count = 0;
  for (const match of text.matchAll(SUBJECT)) {
    if ((count += 1) > MAX_ANCHORS) break;
    const name = match.indices?.[1];
    const company = name === undefined ? null : accept(text, { start: name[0], end: name[1] });
    if (company !== null) return company;
  }
  return null;
}

/** A company name that is neither a department nor the name of a place. */
function accept(text: string, span: Span): Span | null {
  const name = text.slice(span.start, span.end);
  // "BENEFITSwe are a team" is a heading glued to the next sentence, not a name.
  if (DEPARTMENT.test(name) || /\p{Lu}{3}\p{Ll}+$/u.test(name)) return null;
  const place = placeAt(text, span.start, true);
  if (place !== null && place.end >= span.end) return null;
  return acceptCompany(text, span);
}
