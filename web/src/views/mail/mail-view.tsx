/** @jsxImportSource preact */
import { api } from '../../api/client';
import type { MailStatus } from '../../api/types';
import { href } from '../../lib/route';
import { PageTitle } from '../../ui/page-title';
import { usePlanChanged } from '../../ui/plan-changes';
import { LoadError, Loading } from '../../ui/status';
import { useResource } from '../../ui/use-resource';
import { MailStatusBar } from './mail-status-bar';
import { OutboxView } from './outbox-view';
import { ReviewView } from './review-view';

function Tab({ tab, current, label, count }: { tab: 'outbox' | 'review'; current: string; label: string; count: number }) {
  return (
    <li>
      <a href={href({ name: 'mail', tab })} aria-current={tab === current ? 'page' : undefined}>
        {label}
        {count > 0 && <span class="tab-count"> {count}</span>}
      </a>
    </li>
  );
}

/**
 * Mail: what hearback is sending for the user (the outbox) and what it read and was unsure about (review),
 * with the account's state on top. Both need the user now and then, unlike the account, which lives in
 * Settings.
 */
export function MailView({ tab }: { tab: 'outbox' | 'review' }) {
  const status = useResource(() => api<MailStatus>('GET', '/api/mail/status'), []);
  usePlanChanged(() => void status.reload());
  if (status.error && !status.data) return <LoadError title="Mail" error={status.error} retry={status.reload} />;
  if (!status.data) return <Loading title="Mail" />;
  const { outbox, review } = status.data;
  return (
    <div class="mail">
      <PageTitle title="Mail" />
      <MailStatusBar status={status.data} onChecked={status.reload} />
      <nav aria-label="Mail" class="tabs">
        <ul>
          <Tab tab="outbox" current={tab} label="Outbox" count={outbox.needs_decision + outbox.queued + outbox.sending + outbox.failed} />
          <Tab tab="review" current={tab} label="Review" count={review} />
        </ul>
      </nav>
      {tab === 'outbox' ? <OutboxView configured={status.data.account !== null} onChanged={status.reload} /> : <ReviewView onChanged={status.reload} />}
    </div>
  );
}
