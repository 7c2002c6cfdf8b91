/** @jsxImportSource preact */
import type { AppEvent, Contact, EventOf } from '../../api/types';
import { formatDate, formatInstant } from '../../lib/format-time';

/** The interviews: who, what was discussed, and the next step they stated. */
export function InterviewLog({ events, contacts, zone }: { events: readonly AppEvent[]; contacts: readonly Contact[]; zone: string }) {
  const interviews = events.filter((e): e is EventOf<'interview'> => e.kind === 'interview');
  if (interviews.length === 0) return <p class="muted">No interviews logged yet. When you have one, log it below with the people you met and what you talked about: hearback drafts a thank-you to each of them.</p>;
  return (
    <ol class="interviews">
      {interviews.map((event) => (
        <li key={event.id} class="card interview">
          <h3>{formatInstant(event.at, zone)}</h3>
          <dl class="facts">
            <dt>Interviewers</dt>
            <dd>
              {event.data.interviewerIds.length === 0
                ? 'Not recorded'
                : event.data.interviewerIds
                    .map((id) => {
                      const c = contacts.find((x) => x.id === id);
                      return c ? [c.name, c.email && `<${c.email}>`].filter(Boolean).join(' ') : 'someone';
                    })
                    .join(', ')}
            </dd>
            <dt>Discussed</dt>
            <dd>{event.data.discussed.length === 0 ? 'Not recorded' : <ul>{event.data.discussed.map((d) => <li key={d}>{d}</li>)}</ul>}</dd>
            <dt>Next step</dt>
            <dd>{event.data.nextStepDate ? `They said you would hear by ${formatDate(event.data.nextStepDate)}` : 'No date stated'}</dd>
          </dl>
          {event.note && <p>{event.note}</p>}
        </li>
      ))}
    </ol>
  );
}
