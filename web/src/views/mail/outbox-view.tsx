/** @jsxImportSource preact */
import { api } from '../../api/client';
import type { OutboxRow, OutboxState } from '../../api/types';
import { OUTBOX_STATE_LABELS } from '../../lib/mail-text';
import { href } from '../../lib/route';
import { usePlanChanged } from '../../ui/plan-changes';
import { useResource } from '../../ui/use-resource';
import { OutboxEntry } from './outbox-entry';

/** The order of the sections: what needs the user first, then what is on its way, then the record. */
const ORDER: OutboxState[] = ['needs_decision', 'failed', 'queued', 'sending', 'sent', 'cancelled'];

/** The outbox, by state; each section lists its messages by send time. */
export function OutboxView({ configured, onChanged }: { configured: boolean; onChanged(): Promise<void> }) {
  const outbox = useResource(() => api<{ items: OutboxRow[] }>('GET', '/api/outbox'), []);
  usePlanChanged(() => void outbox.reload());
  const changed = async (): Promise<void> => {
    await Promise.all([outbox.reload(), onChanged()]);
  };
  if (outbox.error && !outbox.data) return <p class="form-error">Could not load the outbox.</p>;
  if (!outbox.data) return <p class="muted">Loading the outbox…</p>;
  const items = outbox.data.items;
  if (items.length === 0) {
    return (
      <div class="empty">
        <h2>Nothing in the outbox</h2>
        <p>
          {configured ? 'On ' : 'Once your mailbox is connected, on '}
          <a href={href({ name: 'today' })}>Today</a>, “Send with hearback” on a follow-up queues it to go out from your mailbox at a good time in the recipient’s day. It then
          shows here until it is sent, and for 30 days after.
        </p>
      </div>
    );
  }
  return (
    <div class="outbox">
      {ORDER.map((state) => {
        const rows = items.filter((r) => r.state === state);
        if (rows.length === 0) return null;
        return (
          <section key={state} aria-labelledby={`outbox-${state}`} class="outbox-section">
            <h2 id={`outbox-${state}`}>
              {OUTBOX_STATE_LABELS[state]} <span class="count">({rows.length})</span>
            </h2>
            <ul class="cards">
              {rows.map((row) => (
                <OutboxEntry key={row.actionId} row={row} onChanged={changed} />
              ))}
            </ul>
          </section>
        );
      })}
    </div>
  );
}
