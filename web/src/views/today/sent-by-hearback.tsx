/** @jsxImportSource preact */
import type { OutboxRow } from '../../api/types';
import { formatInstant } from '../../lib/format-time';
import { href } from '../../lib/route';

const DAY_MS = 86_400_000;

/**
 * What hearback sent in the last day. A sent follow-up is done, so its card leaves Today; this list says
 * where it went.
 */
export function SentByHearback({ rows, now, zone }: { rows: readonly OutboxRow[]; now: string; zone: string }) {
  const since = Date.parse(now) - DAY_MS;
  const sent = rows.filter((r) => r.state === 'sent' && r.sentAt !== null && Date.parse(r.sentAt) >= since).sort((a, b) => Date.parse(b.sentAt ?? '') - Date.parse(a.sentAt ?? ''));
  if (sent.length === 0) return null;
  return (
    <section aria-labelledby="sent-heading" class="sent-section">
      <h2 id="sent-heading">Sent by hearback</h2>
      <ul class="sent-list">
        {sent.map((row) => (
          <li key={row.actionId}>
            <span class="badge badge-ok">Sent</span> <span class="sent-subject">{row.subject}</span>{' '}
            <span class="muted">
              to {row.to.name || row.to.address}
              {row.company && (
                <>
                  {' '}
                  at <a href={href({ name: 'application', id: row.applicationId })}>{row.company}</a>
                </>
              )}
              , {formatInstant(row.sentAt ?? row.updatedAt, zone, now)}
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}
