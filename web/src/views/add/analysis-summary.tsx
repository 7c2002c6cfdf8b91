/** @jsxImportSource preact */
import type { PostingAnalysis } from '../../api/types';
import { formatDate } from '../../lib/format-time';

/** The analyzer's findings in sentences, with what each means for the plan. */
export function AnalysisSummary({ analysis }: { analysis: PostingAnalysis }) {
  const { contactPolicy: policy } = analysis;
  const lines: string[] = [];
  if (policy.noContact) lines.push('The posting asks not to be contacted, so hearback will plan no follow-up before an interview.');
  if (policy.noCalls && !policy.noContact) lines.push('The posting asks for no phone calls: follow-ups will be emails only.');
  if (policy.onlyShortlistedContacted) lines.push('Only shortlisted candidates will be contacted: silence is an answer here.');
  if (policy.noAgencies) lines.push('No agencies or recruiters.');
  if (analysis.decisionBy) lines.push(`They say they will decide by ${formatDate(analysis.decisionBy)}: follow-ups wait until after that.`);
  if (analysis.deadline) lines.push(`Applications close ${formatDate(analysis.deadline)}.`);
  const place = analysis.location;
  if (place) {
    const where = place.region ? `${place.country}-${place.region}` : place.country;
    const zone = place.timezone ? `, time zone ${place.timezone}` : '; the time zone is not clear, so check it below';
    lines.push(`Location: ${place.text} (${where}${zone}). Holidays and send times follow the employer's place.`);
  }
  if (analysis.emails.length) lines.push(`Email: ${analysis.emails.join(', ')}.`);
  if (analysis.phones.length) lines.push(`Phone: ${analysis.phones.join(', ')}.`);
  if (analysis.names.length) lines.push(`People named: ${analysis.names.join(', ')}.`);
  if (lines.length === 0) lines.push('Nothing about contact, dates or people. Check the company and role below.');
  return (
    <ul class="found">
      {lines.map((line) => (
        <li key={line}>{line}</li>
      ))}
    </ul>
  );
}
