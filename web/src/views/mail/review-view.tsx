/** @jsxImportSource preact */
import { api } from '../../api/client';
import type { ApplicationsResponse, MailItem } from '../../api/types';
import { usePlanChanged } from '../../ui/plan-changes';
import { useResource } from '../../ui/use-resource';
import { RecentMail } from './recent-mail';
import { ReviewEntry } from './review-entry';

/** The review queue, then what hearback applied from the inbox lately, with Undo. */
export function ReviewView({ onChanged }: { onChanged(): Promise<void> }) {
  const data = useResource(
    () => Promise.all([api<{ items: MailItem[] }>('GET', '/api/inbox/review'), api<{ items: MailItem[] }>('GET', '/api/inbox/recent'), api<ApplicationsResponse>('GET', '/api/applications')]),
    [],
  );
  usePlanChanged(() => void data.reload());
  const changed = async (): Promise<void> => {
    await Promise.all([data.reload(), onChanged()]);
  };
  if (data.error && !data.data) return <p class="form-error">Could not load the review queue.</p>;
  if (!data.data) return <p class="muted">Loading…</p>;
  const [review, recent, apps] = data.data;
  const applications = [...apps.applications].sort((a, b) => a.company.localeCompare(b.company) || a.role.localeCompare(b.role));
  return (
    <div class="review">
      <section aria-labelledby="review-heading">
        <h2 id="review-heading">Waiting for you</h2>
        {review.items.length === 0 ? (
          <p class="muted">Nothing to review. hearback asks here when it is not sure what a message means or which application it is about.</p>
        ) : (
          <>
            <p>hearback was not sure about these. Accept does what it suggests; Dismiss drops the message, and it is not asked about again.</p>
            <ul class="cards">
              {review.items.map((item) => (
                <ReviewEntry key={item.id} item={item} applications={applications} onChanged={changed} />
              ))}
            </ul>
          </>
        )}
      </section>
      <section aria-labelledby="recent-heading" class="recent-section">
        <h2 id="recent-heading">Applied from your mail</h2>
        <RecentMail items={recent.items} onChanged={changed} />
      </section>
    </div>
  );
}
