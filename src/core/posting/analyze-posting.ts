import { invalid } from '../app-error';
import { parseIsoDate } from './calendar';
import { findCompanyAndRole } from './company-role';
import { findContactNames } from './contact-names';
import { findContactPolicy, policyOf } from './contact-policy';
import { findDecisionDates } from './decision-date';
import { findDeadlines } from './deadline';
import { findEmails } from './emails';
import { findLocation } from './location';
import { findPhones } from './phones';
import type { AnalyzePostingOptions, PostingAnalysis, PostingFinding } from './types';

/**
 * Reads a job posting for what matters when following up. 001_90e59ee9bbcac68f.txt says to go back to the
 * posting before following up, for a stated date range and a request not to be contacted; this reads the contact
 * policy, a stated decision date, the application deadline, contact details, and a guess of company and
 * role, and where the job is with the country, region and zone that follow. Every finding carries the span it came from, so the user can see and confirm each one. Nothing in
 * the text makes it throw; only a reference date that is not a `YYYY-MM-DD` calendar date does.
 *
 * @example
 * const analysis = analyzePosting(
 *   'Acme Corp is hiring a Data Analyst. Closing date: 15/03/2025. No agencies please.',
 *   { referenceDate: '2025-03-01', country: 'GB' },
 * );
 * analysis.deadline; // '2025-03-15'
 * analysis.contactPolicy.noAgencies; // true
 * analysis.company; // 'Acme Corp'
 */
export function analyzePosting(text: string, options: AnalyzePostingOptions): PostingAnalysis {
  const reference = parseIsoDate(options.referenceDate);
  if (reference === null)
    throw invalid('referenceDate', `is not a YYYY-MM-DD date: "${options.referenceDate}"`);
  const country = normaliseCountry(options.country);
  const monthFirst = country === 'US';

  const policy = findContactPolicy(text);
  const deadlines = findDeadlines(text, { reference, monthFirst });
  const deadline = deadlines[0]?.value ?? null;
  const closingDate = deadline === null ? null : parseIsoDate(deadline);
  const decisions = findDecisionDates(text, { reference, monthFirst, closingDate });
  const emails = findEmails(text);
  const phones = findPhones(text, country);
  const { company, role } = findCompanyAndRole(text);
  const names = findContactNames(text).filter((name) => name.value !== company?.value);
  const place = findLocation(text);

  const findings = [...policy, ...deadlines, ...decisions, ...emails, ...phones, ...names];
  if (company !== null) findings.push(company);
  if (role !== null) findings.push(role);
  if (place !== null) findings.push(place.finding);
  findings.sort((a, b) => a.start - b.start || a.end - b.end);

  return {
    contactPolicy: policyOf(policy),
    decisionBy: decisions[0]?.value ?? null,
    deadline,
    emails: distinctValues(emails, (v) => v.toLowerCase()),
    phones: distinctValues(phones, (v) => v),
    names: distinctValues(names, (v) => v.toLowerCase()),
    company: company?.value ?? null,
    role: role?.value ?? null,
    location: place?.location ?? null,
    findings,
  };
}

/** A country hint is a two-letter code; anything else is no hint, since it only tunes the reading. */
function normaliseCountry(country: string | null | undefined): string | null {
  if (typeof country !== 'string') return null;
  const code = country.trim().toUpperCase();
  return /^[A-Z]{2}$/.test(code) ? code : null;
}

function distinctValues(findings: readonly PostingFinding[], key: (value: string) => string): string[] {
  const seen = new Map<string, string>();
  for (const finding of findings) {
    const value = finding.value ?? finding.text;
    if (!seen.has(key(value))) seen.set(key(value), value);
  }
  return [...seen.values()];
}
