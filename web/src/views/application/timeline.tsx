/** @jsxImportSource preact */
import type { AppEvent, Contact } from '../../api/types';
import { formatDate, formatInstant } from '../../lib/format-time';
import { CALL_OUTCOME_LABELS, EVENT_LABELS } from '../../lib/labels';

interface Props {
  events: readonly AppEvent[];
  contacts: readonly Contact[];
  zone: string;
  onRemove(event: AppEvent): void;
}

function personName(contacts: readonly Contact[], id: string | null): string | null {
  if (id === null) return null;
  const c = contacts.find((x) => x.id === id);
  return c ? (c.name ?? c.email ?? c.phone) : null;
}

/** The details an event carries beyond its kind, in words. */
function details(event: AppEvent, contacts: readonly Contact[]): string[] {
  switch (event.kind) {
    case 'interview':
      return [
        event.data.interviewerIds.length ? `With ${event.data.interviewerIds.map((id) => personName(contacts, id) ?? 'someone').join(', ')}` : '',
        event.data.discussed.length ? `Discussed: ${event.data.discussed.join('; ')}` : '',
        event.data.nextStepDate ? `Next step by ${formatDate(event.data.nextStepDate)}` : '',
      ];
    case 'follow_up_sent':
      return [event.data.channel === 'phone' ? 'By phone' : 'By email', personName(contacts, event.data.contactId) ? `To ${personName(contacts, event.data.contactId)}` : ''];
    case 'thank_you_sent':
    case 'reply':
      return [personName(contacts, event.data.contactId) ? `${event.kind === 'reply' ? 'From' : 'To'} ${personName(contacts, event.data.contactId)}` : ''];
    case 'call':
      return [personName(contacts, event.data.contactId) ? `With ${personName(contacts, event.data.contactId)}` : '', event.data.outcome ? CALL_OUTCOME_LABELS[event.data.outcome] : ''];
    case 'auto_reply':
      return [event.data.returnDate ? `Back on ${formatDate(event.data.returnDate)}` : ''];
    case 'bounce':
      return [`${event.data.address}${event.data.hard ? '' : ' (temporary)'}`];
    default:
      return [];
  }
}

/** Everything that happened, newest first, each removable (which undoes it and replans). */
export function Timeline({ events, contacts, zone, onRemove }: Props) {
  if (events.length === 0) return <p class="muted">Nothing logged yet.</p>;
  const newestFirst = [...events].sort((a, b) => Date.parse(b.at) - Date.parse(a.at));
  return (
    <ol class="timeline">
      {newestFirst.map((event) => (
        <li key={event.id} class={`timeline-item timeline-${event.kind}`} data-event-kind={event.kind}>
          <div class="timeline-head">
            <strong>{EVENT_LABELS[event.kind]}</strong> <time dateTime={event.at}>{formatInstant(event.at, zone)}</time>
            {event.source !== 'manual' && <span class="badge">{event.source}</span>}
          </div>
          {details(event, contacts)
            .filter(Boolean)
            .map((line) => (
              <p key={line} class="timeline-detail">
                {line}
              </p>
            ))}
          {event.note && <p class="timeline-note">{event.note}</p>}
          <button type="button" class="button-link" onClick={() => onRemove(event)}>
            Remove<span class="visually-hidden"> {EVENT_LABELS[event.kind].toLowerCase()} of {formatInstant(event.at, zone)}</span>
          </button>
        </li>
      ))}
    </ol>
  );
}
