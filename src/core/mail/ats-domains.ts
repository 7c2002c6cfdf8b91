/**
 * Where applicant-tracking systems and job boards send candidate mail from. Domains match by suffix, so
 * `greenhouse-mail.io` covers `us.greenhouse-mail.io`. A relay's mail names the employer only in its subject,
 * display name or body, so the linker reads those instead of the domain.
 */
export interface MailRelay {
  id: string;
  name: string;
  /** `ats` relays only candidate mail; a `board` also sends alerts and marketing, so it needs a job subject too. */
  kind: 'ats' | 'board';
  domains: readonly string[];
}

export const MAIL_RELAYS: readonly MailRelay[] = [
  { id: 'greenhouse', name: 'Greenhouse', kind: 'ats', domains: ['greenhouse-mail.io', 'greenhouse.io'] },
  { id: 'lever', name: 'Lever', kind: 'ats', domains: ['hire.lever.co'] },
  { id: 'ashby', name: 'Ashby', kind: 'ats', domains: ['ashbyhq.com'] },
  { id: 'workday', name: 'Workday', kind: 'ats', domains: ['myworkday.com', 'myworkdayjobs.com'] },
  { id: 'icims', name: 'iCIMS', kind: 'ats', domains: ['talent.icims.com', 'icims.com'] },
  { id: 'smartrecruiters', name: 'SmartRecruiters', kind: 'ats', domains: ['smartrecruiters.com'] },
  {
    id: 'workable',
    name: 'Workable',
    kind: 'ats',
    domains: ['candidates.workablemail.com', 'workablemail.com'],
  },
  { id: 'jobvite', name: 'Jobvite', kind: 'ats', domains: ['jobvite.com'] },
  { id: 'taleo', name: 'Taleo', kind: 'ats', domains: ['taleo.net'] },
  {
    id: 'successfactors',
    name: 'SAP SuccessFactors',
    kind: 'ats',
    domains: ['successfactors.com', 'successfactors.eu'],
  },
  { id: 'bamboohr', name: 'BambooHR', kind: 'ats', domains: ['bamboohr.com'] },
  { id: 'recruitee', name: 'Recruitee', kind: 'ats', domains: ['recruitee.com'] },
  { id: 'teamtailor', name: 'Teamtailor', kind: 'ats', domains: ['teamtailor-mail.com', 'teamtailor.com'] },
  { id: 'personio', name: 'Personio', kind: 'ats', domains: ['personio.de', 'personio.com'] },
  { id: 'jazzhr', name: 'JazzHR', kind: 'ats', domains: ['applytojob.com'] },
  { id: 'breezy', name: 'Breezy HR', kind: 'ats', domains: ['breezy-mail.com', 'breezy.hr'] },
  { id: 'pinpoint', name: 'Pinpoint', kind: 'ats', domains: ['pinpointhq.com'] },
  { id: 'linkedin', name: 'LinkedIn', kind: 'board', domains: ['linkedin.com'] },
  { id: 'indeed', name: 'Indeed', kind: 'board', domains: ['indeed.com', 'indeedemail.com'] },
  {
    id: 'welcometothejungle',
    name: 'Welcome to the Jungle',
    kind: 'board',
    domains: ['welcometothejungle.com'],
  },
];

/**
 * The relay a sender domain belongs to, by suffix match on whole labels.
 *
 * @example
 * relayForDomain('us.greenhouse-mail.io')?.id; // 'greenhouse'
 * relayForDomain('notgreenhouse-mail.io'); // null
 */
export function relayForDomain(
  domain: string | null,
  relays: readonly MailRelay[] = MAIL_RELAYS,
): MailRelay | null {
  if (!domain) return null;
  const d = domain.toLowerCase();
  for (const relay of relays) {
    if (relay.domains.some((suffix) => d === suffix || d.endsWith(`.${suffix}`))) return relay;
  }
  return null;
}

/** Mail providers whose domain says nothing about the employer. */
const FREE_MAIL =
  /^(?:gmail\.com|googlemail\.com|outlook\.[a-z.]+|hotmail\.[a-z.]+|live\.[a-z.]+|msn\.com|yahoo\.[a-z.]+|ymail\.com|icloud\.com|me\.com|mac\.com|aol\.com|proton\.me|protonmail\.(?:com|ch)|pm\.me|gmx\.[a-z.]+|web\.de|t-online\.de|mail\.ru|yandex\.[a-z.]+|qq\.com|163\.com|126\.com|zoho\.com|fastmail\.[a-z.]+|hey\.com|skynet\.be|telenet\.be|orange\.fr|free\.fr|laposte\.net)$/;

/**
 * True for consumer mail providers, whose domain cannot link a message to a company.
 *
 * @example
 * isFreeMailDomain('gmail.com'); // true
 */
export function isFreeMailDomain(domain: string | null): boolean {
  return domain !== null && FREE_MAIL.test(domain.toLowerCase());
}
