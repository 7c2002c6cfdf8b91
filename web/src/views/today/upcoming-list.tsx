/** @jsxImportSource preact */
import type { UpcomingItem } from '../../api/types';
import { formatDate, relativeDay, zonedClock } from '../../lib/format-time';
import { actionTitle } from '../../lib/labels';
import { href } from '../../lib/route';
import { hasEmailDraft, PlannedDraft } from './planned-draft';

/** The coming days, grouped by day in the user's zone: a short line per action. */
export function UpcomingList({ items, now, zone }: { items: readonly UpcomingItem[]; now: string; zone: string }) {
  if (items.length === 0) return <p class="muted">Nothing planned for the next 7 days.</p>;
  const today = zonedClock(now, zone).date;
  const days = new Map<string, UpcomingItem[]>();
  for (const item of items) {
    const day = zonedClock(item.action.due.start, zone).date;
    days.set(day, [...(days.get(day) ?? []), item]);
  }
  return (
    <ol class="upcoming">
      {[...days].map(([day, list]) => {
        const label = relativeDay(day, today);
        return (
          <li key={day} class="upcoming-day">
            <h3 class="upcoming-date">{label === 'tomorrow' ? `Tomorrow, ${formatDate(day)}` : label}</h3>
            <ul>
              {list.map(({ action, application }) => (
                <li key={action.id}>
                  <span class="upcoming-time">{zonedClock(action.due.start, zone).time}</span>{' '}
                  <a href={href({ name: 'application', id: application.id })}>{actionTitle(action, application.company)}</a>{' '}
                  <span class="muted">
                    {application.company} · {application.role}
                  </span>
                  {hasEmailDraft(action) && <PlannedDraft action={action} />}
                </li>
              ))}
            </ul>
          </li>
        );
      })}
    </ol>
  );
}
