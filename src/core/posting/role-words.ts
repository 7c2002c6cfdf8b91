/**
 * Words that make a phrase a job title. A title-cased phrase counts as a role only when it contains one, so
 * "Great Benefits" or "Chicago Office" are never offered as the role.
 */
const ROLE_NOUNS = new Set(
  (
    'engineer engineers developer developers programmer architect designer manager director head lead leader ' +
    'analyst scientist consultant specialist coordinator assistant administrator officer representative rep ' +
    'associate accountant bookkeeper controller auditor writer editor copywriter technician nurse intern ' +
    'internship executive agent advisor adviser receptionist tester researcher teacher tutor instructor trainer ' +
    'driver marketer strategist producer planner recruiter supervisor clerk operator mechanic electrician ' +
    'plumber welder chef cook cashier barista server bartender president vp cto ceo cfo coo cio cmo owner ' +
    'expert counselor counsellor therapist physician pharmacist paralegal attorney lawyer buyer merchandiser ' +
    'generalist photographer artist animator illustrator partner superintendent foreman forewoman ' +
    'estimator inspector dispatcher scheduler secretary housekeeper caregiver carer guard handler picker packer ' +
    'loader installer fitter machinist labourer laborer salesperson salesman saleswoman closer trader broker ' +
    'underwriter actuary economist statistician mathematician hygienist dentist surgeon pilot ' +
    'steward stewardess concierge host hostess ambassador evangelist advocate champion ninja guru rockstar ' +
    'fellow apprentice trainee graduate dev devops sre qa ux ui pm'
  ).split(' '),
);

/** Lower-case words that may sit inside a title: "Head of Sales", "Sales and Marketing Manager". */
export const TITLE_CONNECTORS = new Set([
  'of',
  'and',
  '&',
  'for',
  'in',
  '/',
  '-',
  '–',
  'the',
  'to',
  'de',
  'or',
]);

/**
 * Whether a phrase names a job: it contains a role noun.
 *
 * @example
 * namesARole('Senior Backend Engineer'); // true
 * namesARole('Competitive Salary'); // false
 */
export function namesARole(phrase: string): boolean {
  return phrase
    .toLowerCase()
    .split(/[^\p{L}]+/u)
    .some((word) => ROLE_NOUNS.has(word));
}

/**
 * Whether every word is capitalised, an acronym, or a connector, as job titles and company names are written.
 *
 * @example
 * isTitleCased('Head of Sales'); // true
 * isTitleCased('we are hiring'); // false
 */
export function isTitleCased(phrase: string): boolean {
  const words = phrase.split(/\s+/).filter((w) => w !== '');
  return (
    words.length > 0 &&
    words.every(
      (w) => /^[\p{Lu}\p{N}(.#+]/u.test(w) || /\p{Lu}/u.test(w) || TITLE_CONNECTORS.has(w.toLowerCase()),
    )
  );
}
