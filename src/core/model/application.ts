import type { Stage } from './stage';
import type { PlaybookName } from './playbook-name';

/** What the posting says about being contacted. Filled by the posting analyzer and confirmed by the user. */
export interface ContactPolicy {
  /** "Please do not contact us", "no phone calls or emails". */
  noContact: boolean;
  /** "No phone calls", "please don't call". */
  noCalls: boolean;
  /** "No agencies", "recruiters need not apply". */
  noAgencies: boolean;
  /** "Only shortlisted candidates will be contacted". */
  onlyShortlistedContacted: boolean;
}

export const OPEN_POLICY: ContactPolicy = Object.freeze({
  noContact: false,
  noCalls: false,
  noAgencies: false,
  onlyShortlistedContacted: false,
});

export interface Application {
  id: string;
  company: string;
  role: string;
  postingUrl: string | null;
  postingText: string | null;
  /** Where the user found the job: `linkedin`, `referral`, `company site`... free text, used by analytics. */
  source: string | null;
  location: string | null;
  /** ISO 3166-1 alpha-2 code of the employer's country, upper case: `US`, `DE`. */
  country: string | null;
  /** Subdivision code within the country, upper case, without the country prefix: `BY`, `CA`, `ENG`. */
  region: string | null;
  /** IANA time zone of the employer (the recipient): `America/New_York`. */
  timezone: string | null;
  /** Denormalised from the events for listing; `deriveStage` is the source of truth. */
  stage: Stage;
  /** Overrides the user's playbook for this application. */
  playbook: PlaybookName | null;
  policy: ContactPolicy;
  /** A decision date stated in the posting, `YYYY-MM-DD`. */
  decisionBy: string | null;
  /** The application deadline stated in the posting, `YYYY-MM-DD`. */
  deadline: string | null;
  /** ISO 8601 instants. */
  createdAt: string;
  appliedAt: string | null;
  updatedAt: string;
}
