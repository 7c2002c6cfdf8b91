import type { ImportField } from './import-field';

/**
 * A header as compared: Unicode-normalised, lower case, letters and digits only. "Job URL", "job_url" and
 * "Job Url " all become `joburl`, so matching ignores case, spacing and punctuation.
 *
 * @example
 * normalizeHeader(' Job_URL ') // 'joburl'
 */
export function normalizeHeader(header: string): string {
  return header
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]/gu, '');
}

/**
 * Header names people and trackers use for each field, already normalised. Used for any column a known
 * format does not name, and for files of no known format. The first match wins, so no name appears twice.
 */
const GENERIC: Record<Exclude<ImportField, 'ignore'>, readonly string[]> = {
  company: ['company', 'companyname', 'employer', 'organization', 'organisation', 'organisationname'],
  role: ['role', 'title', 'jobtitle', 'position', 'positiontitle', 'job', 'jobname', 'roletitle'],
  url: ['url', 'link', 'joburl', 'joblink', 'jobposting', 'postingurl', 'jobpostingurl', 'applicationurl'],
  status: ['status', 'stage', 'list', 'state', 'applicationstatus', 'column'],
  closedReason: ['closedreason', 'reasonclosed'],
  appliedAt: [
    'applied',
    'applieddate',
    'dateapplied',
    'appliedon',
    'appliedat',
    'applicationdate',
    'dateofapplication',
  ],
  savedAt: [
    'saveddate',
    'datesaved',
    'savedon',
    'savedat',
    'dateadded',
    'addedon',
    'created',
    'createdat',
    'datecreated',
  ],
  statusAt: ['stagedate', 'statusdate', 'stageenteredat', 'statuschanged', 'laststatuschange'],
  interviewAt: [
    'interviewdate',
    'dateinterviewed',
    'interviewedat',
    'interviewedon',
    'dateinterviewing',
    'interviewat',
  ],
  offerAt: ['offerdate', 'dateoffered', 'offeredat', 'offeredon', 'dateoffer'],
  rejectedAt: ['rejecteddate', 'daterejected', 'rejectedat', 'rejectedon', 'rejectiondate'],
  notes: ['notes', 'note', 'comments', 'comment', 'remarks'],
  postingText: ['description', 'jobdescription', 'postingtext'],
  contactName: ['contact', 'contactname', 'recruiter', 'recruitername', 'hiringmanager'],
  contactEmail: ['contactemail', 'email', 'recruiteremail', 'emailaddress'],
  contactPhone: ['contactphone', 'contactphonenumber', 'phone', 'phonenumber', 'recruiterphone'],
  location: ['location', 'locations', 'city', 'joblocation'],
  source: ['source', 'jobsource', 'via', 'platform', 'foundon'],
  salary: ['salary', 'salaryrange', 'compensation', 'pay', 'minsalary', 'maxsalary'],
};

const BY_HEADER: ReadonlyMap<string, ImportField> = new Map(
  Object.entries(GENERIC).flatMap(([field, names]) =>
    names.map((name) => [name, field as ImportField] as const),
  ),
);

/**
 * The field a header names in no particular format, or `null` when it names none.
 *
 * @example
 * genericFieldFor('Date Applied') // 'appliedAt'
 * genericFieldFor('Excitement')   // null
 */
export function genericFieldFor(header: string): ImportField | null {
  return BY_HEADER.get(normalizeHeader(header)) ?? null;
}
