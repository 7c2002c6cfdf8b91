/**
 * Telling "no answers yet" from "no answers": employers often take two weeks or more to reply, so a chart
 * of response rates at 0% a few days after the first send would read as failure when it only means waiting.
 */

const DAY = 86_400_000;
/** How long after the first send a 0% starts to mean something. */
export const TOO_EARLY_DAYS = 14;

/** What was counted in one chart: how many went out and how many got an answer, over all its groups. */
export interface Tally {
  sent: number;
  answered: number;
}

/**
 * The sentence to show instead of an empty chart when everything sent is still unanswered and the first
 * send is under two weeks old; `null` when the chart has something to say.
 *
 * @example
 * tooEarly({ sent: 1, answered: 0 }, '2026-12-01T09:00:00Z', '2026-12-07T09:00:00Z'); // '1 sent, no answers yet — too early to tell.'
 */
export function tooEarly(tally: Tally, firstSentAt: string | null, asOf: string): string | null {
  if (tally.sent === 0 || tally.answered > 0 || firstSentAt === null) return null;
  const age = Date.parse(asOf) - Date.parse(firstSentAt);
  if (!(age < TOO_EARLY_DAYS * DAY)) return null;
  return `${tally.sent} sent, no answers yet — too early to tell.`;
}

/** The label of a source group: applications saved without a source are grouped as `unknown` by the server. */
export function sourceLabel(key: string): string {
  return key === 'unknown' ? 'Not recorded' : key;
}
