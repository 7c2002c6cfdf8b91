/** @jsxImportSource preact */
import { useEffect, useRef } from 'preact/hooks';
import type { Action, PlanNote } from '../../api/types';
import { describeDue } from '../../lib/describe-due';
import { actionTitle } from '../../lib/labels';
import { href } from '../../lib/route';
import { SeedLinks } from '../../ui/seed-links';
import { hasEmailDraft, isCallAction, PlannedDraft } from '../today/planned-draft';

interface Props {
  actions: readonly Action[];
  notes: readonly PlanNote[];
  company: string;
  now: string;
  zone: string;
  /** The action a link opened the page at (from the calendar or the digest), if any. */
  target?: string;
}

/**
 * What hearback plans for this application and why, and why it plans nothing where it doesn't. Opened at one
 * action, it brings that action into view with its draft or script open and the focus on it; a link outlives
 * its action (done, skipped, replanned), and then the page says so rather than leaving the user looking for it.
 */
export function PlanSection({ actions, notes, company, now, zone, target }: Props) {
  const targetRef = useRef<HTMLLIElement>(null);
  const found = target !== undefined && actions.some((action) => action.id === target);
  useEffect(() => {
    if (!found) return;
    targetRef.current?.scrollIntoView({ block: 'start' });
    targetRef.current?.focus({ preventScroll: true });
  }, [target, found]);
  return (
    <div class="plan">
      {target !== undefined && !found && (
        <p class="notice notice-info plan-gone" role="status">
          This action is no longer planned: it was done, skipped or replaced.
        </p>
      )}
      {actions.length === 0 ? (
        <p class="muted">Nothing planned for this application right now.</p>
      ) : (
        <ol class="plan-actions">
          {actions.map((action) => {
            const due = describeDue(action.due, zone, now);
            const isTarget = action.id === target;
            return (
              <li key={action.id} class={isTarget ? 'plan-action plan-action-target' : 'plan-action'} ref={isTarget ? targetRef : undefined} tabIndex={isTarget ? -1 : undefined}>
                <strong>{actionTitle(action, company)}</strong>
                <p class="when">
                  {due.headline}. {due.theirs}
                  {due.yours && <span class="muted"> · {due.yours}</span>}
                </p>
                <p class="reason">{action.reason}</p>
                <SeedLinks sources={action.sources} />
                {(hasEmailDraft(action) || isCallAction(action)) && <PlannedDraft action={action} openAtStart={isTarget} />}
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
