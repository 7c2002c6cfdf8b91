import type { ContactPolicy } from '../api/types';

/** What the posting asks about each way of reaching a contact, in words; `null` where it asks nothing. */
export interface ContactLimits {
  email: string | null;
  phone: string | null;
}

/**
 * The posting's limits on contact, for showing beside a contact's address and number: the page offers them
 * as links, and a link with no word of the posting's wish invites exactly the email it asked not to get.
 *
 * @example
 * contactLimits({ noContact: true, noCalls: false, noAgencies: false, onlyShortlistedContacted: false });
 * // { email: 'The posting asks not to be contacted', phone: 'The posting asks not to be contacted' }
 */
export function contactLimits(policy: ContactPolicy): ContactLimits {
  if (policy.noContact) return { email: 'The posting asks not to be contacted', phone: 'The posting asks not to be contacted' };
  return { email: null, phone: policy.noCalls ? 'The posting asks for no phone calls' : null };
}
