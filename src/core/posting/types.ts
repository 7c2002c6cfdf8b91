import type { ContactPolicy } from '../model';

export const POSTING_FINDING_KINDS = [
  'no_contact',
  'no_calls',
  'no_agencies',
  'only_shortlisted',
  'decision_date',
  'deadline',
  'email',
  'phone',
  'name',
  'company',
  'role',
  'location',
] as const;
export type PostingFindingKind = (typeof POSTING_FINDING_KINDS)[number];

/**
 * One thing the analyzer read in the posting, with the span it came from. `start` and `end` are UTF-16
 * offsets into the analysed text, so `text === input.slice(start, end)` and the UI can highlight it.
 * `value` is the normalised reading when it differs from the text: a `YYYY-MM-DD` date, an E.164 phone.
 */
export interface PostingFinding {
  kind: PostingFindingKind;
  start: number;
  end: number;
  text: string;
  value?: string;
}

/** Where the job is, as the holidays and the send window need it. */
export interface PostingLocation {
  /** The words of the posting that say it: "Berlin, Germany", "Remote (US)". */
  text: string;
  /** ISO 3166-1 alpha-2. */
  country: string;
  /** The date-holidays subdivision code ("BY", "CA"), when the place says it. */
  region: string | null;
  /** IANA zone, when the place has one: a city, a state, or a country with a single zone. */
  timezone: string | null;
}

/** What a job posting says that matters for following up, for the user to confirm. */
export interface PostingAnalysis {
  contactPolicy: ContactPolicy;
  /** The date by which the employer says it will decide or get back, `YYYY-MM-DD`. */
  decisionBy: string | null;
  /** The application deadline, `YYYY-MM-DD`. */
  deadline: string | null;
  emails: string[];
  /** E.164 where the number could be read as one. */
  phones: string[];
  names: string[];
  company: string | null;
  role: string | null;
  /** Where the job is, with the country, region and zone it implies; null when the posting does not say. */
  location: PostingLocation | null;
  /** Every finding, sorted by start, then by end. */
  findings: PostingFinding[];
}

export interface AnalyzePostingOptions {
  /** The date the user applied, `YYYY-MM-DD`: relative periods count from it and year-less dates near it. */
  referenceDate: string;
  /** ISO 3166-1 alpha-2 country of the employer: reads 03/04 as month/day for `US`, day/month otherwise. */
  country?: string | null;
}
