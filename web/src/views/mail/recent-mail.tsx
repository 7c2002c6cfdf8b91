/** @jsxImportSource preact */
import { useState } from 'preact/hooks';
import { api, errorMessage } from '../../api/client';
import type { MailItem } from '../../api/types';
import { formatInstant } from '../../lib/format-time';
import { EVENT_LABELS } from '../../lib/labels';
import { href } from '../../lib/route';
import { useApp } from '../../ui/app-context';
import { useToasts } from '../../ui/toasts';

function what(item: MailItem): string {
  const s = item.suggestion;
  if (s?.kind === 'event') return EVENT_LABELS[s.event];
  if (s?.kind === 'application') return 'Added the application';
  return 'Applied';
}

/** The messages that changed an application, newest first, each with Undo. */
export function RecentMail({ items, onChanged }: { items: readonly MailItem[]; onChanged(): Promise<void> }) {
  const { timezone, now } = useApp();
  const toasts = useToasts();
  const [busy, setBusy] = useState<string | null>(null);
  if (items.length === 0) return <p class="muted">Nothing yet: replies, rejections and bounces hearback is sure about show up here, with Undo.</p>;
  const undo = async (item: MailItem): Promise<void> => {
    setBusy(item.id);
    try {
      await api('POST', `/api/inbox/${encodeURIComponent(item.id)}/undo`);
      toasts.show({ message: `Undone: ${item.subject}. The application is as it was before this message.` });
      await onChanged();
    } catch (error) {
      toasts.show({ message: errorMessage(error), tone: 'error' });
    } finally {
      setBusy(null);
    }
  };
  return (
    <ul class="recent-mail">
      {items.map((item) => (
        <li key={item.id}>
          <div>
            <strong>{what(item)}</strong>
            {item.application && (
              <>
                {' '}
                on <a href={href({ name: 'application', id: item.application.id })}>{item.application.company}</a>
              </>
            )}
            <span class="muted">
              {' '}
              · <span class="address">{item.from ?? 'unknown sender'}</span>: {item.subject}
              {item.receivedAt && <> · {formatInstant(item.receivedAt, timezone, now())}</>}
            </span>
          </div>
          <button type="button" class="button button-small button-quiet" disabled={busy === item.id} aria-label={`Undo ${what(item)}: ${item.subject}`} onClick={() => void undo(item)}>
            Undo
          </button>
        </li>
      ))}
    </ul>
  );
}
