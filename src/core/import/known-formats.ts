import type { Stage } from '../model';
import type { ImportField } from './import-field';
import type { NumericDateOrder } from './date-value';
import { HEARBACK } from './hearback-format';
import type { RestoredField } from './hearback-format';

export const FORMAT_IDS = [
  'linkedin-applications',
  'linkedin-saved',
  'huntr',
  'teal',
  'jobsync',
  'reactive-resume',
  'hearback',
  'generic',
] as const;
export type FormatId = (typeof FORMAT_IDS)[number];

/** What `--format` accepts: `linkedin` covers both LinkedIn files and is told apart by its headers. */
export const FORMAT_CHOICES = [
  'auto',
  'linkedin',
  'huntr',
  'teal',
  'jobsync',
  'reactive-resume',
  'hearback',
  'generic',
] as const;
export type FormatChoice = (typeof FORMAT_CHOICES)[number];

export interface FormatSpec {
  id: FormatId;
  /** For messages: "LinkedIn Job Applications.csv". */
  label: string;
  /** Each group lists normalised headers of which one must be present for the file to be this format. */
  signature: readonly (readonly string[])[];
  /** Normalised header → field. Headers not listed fall back to the generic names. */
  columns: Readonly<Record<string, ImportField>>;
  /** The application source to record when the file has no source column. */
  source: string | null;
  /** Set when every row of the format is at one stage, whatever it says: LinkedIn's files have no status. */
  stage?: Stage;
  /** The order the format writes numeric dates in, used when a column's values cannot decide it. */
  dateOrder?: NumericDateOrder;
  /** Normalised header → a value no import field holds, read only from hearback's own export. */
  restores?: Readonly<Record<string, RestoredField>>;
  /** Set when the contact name column lists people as `Name (Role)`, as Reactive Resume's Contacts does. */
  contactList?: boolean;
  /** Set when the file is written by `toCsv`, whose apostrophe before a formula character is taken off. */
  formulaGuard?: boolean;
}

/**
 * LinkedIn's data export, `Job Applications.csv`. Its contact email and phone are the applicant's own, as
 * typed into Easy Apply, not the employer's, so they are left out: importing them as contacts would have
 * hearback suggest follow-ups to the user. LinkedIn writes US dates: "11/20/24, 8:15 AM".
 */
const LINKEDIN_APPLICATIONS: FormatSpec = {
  id: 'linkedin-applications',
  label: 'LinkedIn Job Applications.csv',
  signature: [['applicationdate'], ['companyname'], ['jobtitle'], ['joburl']],
  columns: {
    applicationdate: 'appliedAt',
    contactemail: 'ignore',
    contactphonenumber: 'ignore',
    companyname: 'company',
    jobtitle: 'role',
    joburl: 'url',
    resumename: 'ignore',
    questionandanswers: 'notes',
  },
  source: 'linkedin',
  stage: 'applied',
  dateOrder: 'MDY',
};

const LINKEDIN_SAVED: FormatSpec = {
  id: 'linkedin-saved',
  label: 'LinkedIn Saved Jobs.csv',
  signature: [['saveddate'], ['joburl'], ['jobtitle'], ['companyname']],
  columns: { saveddate: 'savedAt', joburl: 'url', jobtitle: 'role', companyname: 'company' },
  source: 'linkedin',
  stage: 'saved',
  dateOrder: 'MDY',
};

/** Huntr's job export: the `List` column is the board column the job sits in (Wishlist, Applied...). */
const HUNTR: FormatSpec = {
  id: 'huntr',
  label: 'Huntr',
  signature: [['list'], ['company', 'companyname', 'employer'], ['title', 'jobtitle', 'position']],
  columns: {
    list: 'status',
    board: 'ignore',
    company: 'company',
    companyname: 'company',
    title: 'role',
    jobtitle: 'role',
    position: 'role',
    url: 'url',
    joburl: 'url',
    posturl: 'url',
    dateadded: 'savedAt',
    createdat: 'savedAt',
    dateapplied: 'appliedAt',
    appliedat: 'appliedAt',
    location: 'location',
    salary: 'salary',
    notes: 'notes',
    description: 'postingText',
    updatedat: 'ignore',
  },
  source: null,
};

/** Teal's job tracker export: Company Name, Job Title and Status, with optional dates and notes. */
const TEAL: FormatSpec = {
  id: 'teal',
  label: 'Teal',
  signature: [['companyname'], ['jobtitle', 'jobposition'], ['status']],
  columns: {
    companyname: 'company',
    jobtitle: 'role',
    jobposition: 'role',
    status: 'status',
    datesaved: 'savedAt',
    dateapplied: 'appliedAt',
    dateinterviewing: 'interviewAt',
    dateoffered: 'offerAt',
    jobpostingurl: 'url',
    joburl: 'url',
    url: 'url',
    location: 'location',
    salary: 'salary',
    notes: 'notes',
    excitement: 'ignore',
    followupdate: 'ignore',
    jobdescription: 'postingText',
  },
  source: null,
};

/** JobSync's `jobs.csv` (Gsync/jobsync, `POST /api/jobs/export`): ISO dates, `N/A` for missing values. */
const JOBSYNC: FormatSpec = {
  id: 'jobsync',
  label: 'JobSync',
  signature: [['jobtitle'], ['company'], ['status'], ['jobsource'], ['applieddate']],
  columns: {
    index: 'ignore',
    createdat: 'savedAt',
    applied: 'ignore',
    applieddate: 'appliedAt',
    company: 'company',
    jobtitle: 'role',
    jobtype: 'ignore',
    location: 'location',
    locations: 'location',
    jobsource: 'source',
    status: 'status',
  },
  source: null,
};

/**
 * Reactive Resume's application tracker: the headers its CSV export writes (Company, Role, Stage, Stage
 * Date...). Its `closed` stage says only that the application ended; the Closed Reason column says how. Its
 * Contacts column lists people as `Jane Roe (Recruiter)`.
 */
const REACTIVE_RESUME: FormatSpec = {
  id: 'reactive-resume',
  label: 'Reactive Resume',
  signature: [['company'], ['role'], ['stage'], ['stagedate', 'stagehistory', 'stageenteredat']],
  columns: {
    company: 'company',
    role: 'role',
    stage: 'status',
    stagedate: 'statusAt',
    stageenteredat: 'statusAt',
    applicationdate: 'appliedAt',
    applieddate: 'appliedAt',
    location: 'location',
    salary: 'salary',
    source: 'source',
    url: 'url',
    notes: 'notes',
    closedreason: 'closedReason',
    contacts: 'contactName',
    tags: 'ignore',
    stagehistory: 'ignore',
    timeline: 'ignore',
    createdat: 'savedAt',
    updatedat: 'ignore',
    archived: 'ignore',
  },
  source: null,
  contactList: true,
};

/** Any other file: every column is matched by the generic header names, or by `--map`. */
const GENERIC: FormatSpec = {
  id: 'generic',
  label: 'a generic CSV',
  signature: [],
  columns: {},
  source: null,
};

export const KNOWN_FORMATS: Readonly<Record<FormatId, FormatSpec>> = {
  'linkedin-applications': LINKEDIN_APPLICATIONS,
  'linkedin-saved': LINKEDIN_SAVED,
  huntr: HUNTR,
  teal: TEAL,
  jobsync: JOBSYNC,
  'reactive-resume': REACTIVE_RESUME,
  hearback: HEARBACK,
  generic: GENERIC,
};
