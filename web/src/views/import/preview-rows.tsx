/** @jsxImportSource preact */
import type { PreviewRow } from '../../api/types';
import { formatDate, zonedClock } from '../../lib/format-time';
import { EVENT_LABELS, STAGE_LABELS } from '../../lib/labels';

/** What importing does to a row, as a badge. */
export const OUTCOME_LABELS: Record<PreviewRow['outcome'], string> = {
  created: 'New',
  updated: 'Updated',
  unchanged: 'Unchanged',
  rejected: 'Not imported',
};

const OUTCOME_TONES: Record<PreviewRow['outcome'], string> = {
  created: 'badge-ok',
  updated: 'badge-info',
  unchanged: '',
  rejected: 'badge-error',
};

function contactText(contact: PreviewRow['contacts'][number]): string {
  return [contact.name, contact.email, contact.phone].filter((part) => part !== null).join(', ');
}

/** Where a posting is, short enough for a card: `linkedin.com`. */
function siteOf(url: string): string {
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return url;
  }
}

/** The first rows of the file as they would import: company, role, stage, dated events, contacts, warnings. */
export function PreviewRows({ rows, zone, year }: { rows: PreviewRow[]; zone: string; year: string }) {
  const day = (at: string): string => formatDate(zonedClock(at, zone).date, year);
  return (
    <ol class="import-rows">
      {rows.map((row) => (
        <li key={row.line} class={`import-row${row.outcome === 'rejected' ? ' is-rejected' : ''}`}>
          <div class="import-row-head">
            <span class="muted">Line {row.line}</span>
            <span class={`badge ${OUTCOME_TONES[row.outcome]}`}>{OUTCOME_LABELS[row.outcome]}</span>
            {row.stage && <span class="badge">{STAGE_LABELS[row.stage]}</span>}
          </div>
          {row.outcome === 'rejected' ? (
            <p class="import-row-reason">{row.reason}</p>
          ) : (
            <>
              <p class="import-row-title">
                <strong>{row.company}</strong> — {row.role}
              </p>
              <ul class="import-row-facts">
                {row.events
                  .filter((e) => e.kind !== 'note')
                  .map((e, i) => (
                    <li key={i}>
                      {EVENT_LABELS[e.kind]}: {day(e.at)}
                    </li>
                  ))}
                {row.events.some((e) => e.kind === 'note') && <li>With a note from the file</li>}
                {row.contacts.map((c, i) => (
                  <li key={`c${i}`}>Contact: {contactText(c)}</li>
                ))}
                {row.postingUrl && <li>Posting on {siteOf(row.postingUrl)}</li>}
              </ul>
              {row.warnings.length > 0 && (
                <ul class="import-row-warnings">
                  {row.warnings.map((w) => (
                    <li key={w}>{w}</li>
                  ))}
                </ul>
              )}
            </>
          )}
        </li>
      ))}
    </ol>
  );
}
