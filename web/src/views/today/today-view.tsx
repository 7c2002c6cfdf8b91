/** @jsxImportSource preact */
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { api } from '../../api/client';
import { dueLead, laterToday } from '../../lib/today-lead';
import type { TodayResponse } from '../../api/types';
import { useApp } from '../../ui/app-context';
import { LoadError, Loading } from '../../ui/status';
import { PageTitle } from '../../ui/page-title';
import { UnsignedNotice } from '../../ui/unsigned-notice';
import { usePlanChanged } from '../../ui/plan-changes';
import { useTodayMail } from '../../ui/use-mail';
import { useResource } from '../../ui/use-resource';
import { ActionCard } from './action-card';
import { EmptyToday } from './empty-today';
import { SentByHearback } from './sent-by-hearback';
import { UpcomingList } from './upcoming-list';
import { useCardKeys } from './use-card-keys';

/** Today: what to send now, drafted, then the next seven days. */
export function TodayView() {
  const { timezone } = useApp();
  const agenda = useResource(() => api<TodayResponse>('GET', '/api/today?days=7'), []);
  usePlanChanged(() => void agenda.reload());
  const mail = useTodayMail();
  const [active, setActive] = useState(-1);
  const [edit, setEdit] = useState({ index: -1, n: 0 });
  const cards = useRef<(HTMLElement | null)[]>([]);
  const heading = useRef<HTMLHeadingElement>(null);
  const due = agenda.data?.due ?? [];

  const focusCard = useCallback((index: number) => {
    setActive(index);
    const card = cards.current[index];
    card?.focus();
    card?.scrollIntoView({ block: 'nearest' });
  }, []);
  const openDraft = useCallback((index: number) => {
    focusCard(index);
    setEdit((e) => ({ index, n: e.n + 1 }));
  }, [focusCard]);
  useCardKeys({ count: due.length, active, setActive: focusCard, edit: openDraft });

  // After an action leaves the list, keep the focus near where it was rather than dropping it to the page.
  const [refocus, setRefocus] = useState<number | null>(null);
  useEffect(() => {
    if (refocus === null || agenda.loading) return;
    if (due.length === 0) heading.current?.focus();
    else focusCard(Math.min(refocus, due.length - 1));
    setRefocus(null);
  }, [refocus, agenda.loading, due.length, focusCard]);

  const changed = (index: number) => async (left: boolean): Promise<void> => {
    await agenda.reload();
    if (left) setRefocus(index);
  };

  if (agenda.error && !agenda.data) return <LoadError title="Today" error={agenda.error} retry={agenda.reload} />;
  if (!agenda.data) return <Loading title="Today" />;
  const { now, upcoming } = agenda.data;
  // The server sends at most a morning's worth (20 by default); say so when there is more.
  const { dueTotal, upcomingTotal } = agenda.data;
  const later = laterToday(upcoming.map((item) => item.action.due.start), now, timezone);

  return (
    <div class="today">
      <PageTitle title="Today" />
      {due.length > 0 && (
        <p class="lead">
          {dueLead(dueTotal, later)}
          {dueTotal > due.length && ` Here are the ${due.length} most urgent; the rest appear as you go.`}
          <span class="muted keys-hint">
            {' '}
            Keyboard: <kbd>j</kbd> next, <kbd>k</kbd> previous, <kbd>e</kbd> edit the draft.
          </span>
        </p>
      )}
      {due.length > 0 && <UnsignedNotice />}
      <section aria-labelledby="due-heading">
        <h2 id="due-heading" ref={heading} tabIndex={-1} class={due.length === 0 ? 'visually-hidden' : ''}>
          Due now
        </h2>
        {due.length === 0 ? (
          <EmptyToday onLoaded={agenda.reload} later={later} />
        ) : (
          <ol class="cards">
            {due.map((item, index) => (
              <li key={item.action.id}>
                <ActionCard
                  item={item}
                  now={now}
                  zone={timezone}
                  active={index === active}
                  editSignal={edit.index === index ? edit.n : 0}
                  cardRef={(el) => {
                    cards.current[index] = el;
                  }}
                  onChanged={changed(index)}
                  mail={{ configured: mail.configured, row: mail.byAction.get(item.action.id) ?? null, reload: mail.reload }}
                />
              </li>
            ))}
          </ol>
        )}
      </section>
      <SentByHearback rows={mail.rows} now={now} zone={timezone} />
      <section aria-labelledby="upcoming-heading" class="upcoming-section">
        <h2 id="upcoming-heading">Next 7 days</h2>
        <UpcomingList items={upcoming} now={now} zone={timezone} />
        {upcomingTotal > upcoming.length && <p class="muted">And {upcomingTotal - upcoming.length} more later this week.</p>}
      </section>
    </div>
  );
}
