/** @jsxImportSource preact */
import type { Action, PlanNote } from '../../api/types';
import { describeDue } from '../../lib/describe-due';
import { actionTitle } from '../../lib/labels';
import { href } from '../../lib/route';
import { SeedLinks } from '../../ui/seed-links';
import { hasEmailDraft, PlannedDraft } from '../today/planned-draft';

interface Props {
  actions: readonly Action[];
  notes: readonly PlanNote[];
  company: string;
  now: string;
  zone: string;
}

/** What hearback plans for this application and why, and why it plans nothing where it doesn't. */
export function PlanSection({ actions, notes, company, now, zone }: Props) {
  return (
    <div class="plan">
      {actions.length === 0 ? (
        <p class="muted">Nothing planned for this application right now.</p>
      ) : (
        <ol class="plan-actions">
          {actions.map((action) => {
            const due = describeDue(action.due, zone, now);
            return (
              <li key={action.id} class="plan-action">
                <strong>{actionTitle(action, company)}</strong>
                <p class="when">
                  {due.headline}. {due.theirs}
                  {due.yours && <span class="muted"> · {due.yours}</span>}
                </p>
                <p class="reason">{action.reason}</p>
                <SeedLinks sources={action.sources} />
                {hasEmailDraft(action) && <PlannedDraft action={action} />}
              </li>
            );
          })}
        </ol>
      )}
      {notes.length > 0 && (
        <div class="plan-notes" role="note" aria-label="Why some follow-ups are not planned">
          <h3>Why not more</h3>
          <ul>
            {notes.map((note) => (
              <li key={note.rule + note.message} data-rule={note.rule}>
                {note.message}
                <SeedLinks sources={note.sources} />
              </li>
            ))}
          </ul>
        </div>
      )}
      {actions.length > 0 && (
        <p class="muted">
          When an action is due, it shows up on <a href={href({ name: 'today' })}>Today</a> too, ready to send.
        </p>
      )}
    </div>
  );
}
