import type { Stage } from '../model';
import { normalizeHeader } from './header-aliases';

/**
 * Status words of the trackers hearback imports from, normalised like headers, by the stage they mean.
 * Huntr's default lists (Wishlist, Applied, Interview, Offer, Rejected), Teal's statuses (Bookmarked,
 * Applying, Applied, Interviewing, Negotiating, Accepted, I Withdrew, Not Selected, No Response), JobSync's
 * (Draft, Applied, Interview, Offer, Rejected, Expired, Archived) and common spreadsheet words.
 *
 * Some readings are judgements, written down here so they are made once: Teal's "Applying" means not sent
 * yet, so saved; an accepted offer is still the offer stage; "No Response", "Expired" and "Archived" say
 * the application ended without an answer, which hearback calls ghosted.
 */
const VOCABULARY: Readonly<Record<Stage, readonly string[]>> = {
  saved: [
    'wishlist',
    'saved',
    'bookmarked',
    'bookmark',
    'draft',
    'interested',
    'toapply',
    'planned',
    'prospect',
    'applying',
    'notapplied',
    'notyetapplied',
    'watchlist',
    'lead',
  ],
  applied: [
    'applied',
    'applicationsent',
    'applicationsubmitted',
    'submitted',
    'sent',
    'inreview',
    'underreview',
    'pending',
    'waiting',
    'awaitingresponse',
    'easyapplied',
  ],
  interviewing: [
    'interview',
    'interviewing',
    'interviewed',
    'interviews',
    'phonescreen',
    'screening',
    'screen',
    'recruiterscreen',
    'onsite',
    'technicalinterview',
    'finalround',
    'firstround',
    'secondround',
    'assessment',
    'takehome',
    'interviewscheduled',
    'interviewcompleted',
  ],
  offer: [
    'offer',
    'offered',
    'offerreceived',
    'negotiating',
    'negotiation',
    'accepted',
    'offeraccepted',
    'hired',
  ],
  rejected: [
    'rejected',
    'rejection',
    'notselected',
    'unsuccessful',
    'notmovingforward',
    'nooffer',
    'turneddown',
    'rejectedafterinterview',
    'declinedbyemployer',
  ],
  withdrawn: [
    'withdrawn',
    'iwithdrew',
    'withdrew',
    'offerdeclined',
    'declinedoffer',
    'notinterested',
    'nolongerinterested',
  ],
  ghosted: ['ghosted', 'noresponse', 'noreply', 'noanswer', 'expired', 'archived'],
};

/** Words that say only that an application ended; the reason, when the file gives one, says how. */
const CLOSED = new Set(['closed', 'ended', 'done', 'finished']);

const BY_WORD: ReadonlyMap<string, Stage> = new Map(
  Object.entries(VOCABULARY).flatMap(([stage, words]) => words.map((w) => [w, stage as Stage] as const)),
);

/**
 * The hearback stage a tracker's status means, or `null` when the word is not one hearback knows. A
 * "closed" status is read through the closed reason when there is one (Reactive Resume writes both), and
 * is ghosted otherwise.
 *
 * @example
 * statusToStage('Not Selected')         // 'rejected'
 * statusToStage('closed', 'Withdrawn')  // 'withdrawn'
 * statusToStage('Phone call maybe')     // null
 */
export function statusToStage(status: string, closedReason: string | null = null): Stage | null {
  const word = normalizeHeader(status);
  if (CLOSED.has(word)) {
    const reason = closedReason === null ? undefined : BY_WORD.get(normalizeHeader(closedReason));
    return reason === undefined || reason === 'saved' || reason === 'applied' ? 'ghosted' : reason;
  }
  return BY_WORD.get(word) ?? null;
}
