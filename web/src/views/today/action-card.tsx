/** @jsxImportSource preact */
import { useState } from 'preact/hooks';
import { api, errorMessage } from '../../api/client';
import type { ActionOutcome, CallOutcome, TodayItem } from '../../api/types';
import { describeDue } from '../../lib/describe-due';
import { browserStorage, clearDraftEdit } from '../../lib/draft-edits';
import { actionTitle, recipientName } from '../../lib/labels';
import { href } from '../../lib/route';
import { SeedLinks } from '../../ui/seed-links';
import { useToasts } from '../../ui/toasts';
import { CallPanel } from './call-panel';
import { DraftPanel, type CardMail } from './draft-panel';
import { SnoozeMenu } from './snooze-menu';

export interface CardProps {
  item: TodayItem;
  now: string;
  zone: string;
  active: boolean;
  editSignal: number;
  /** Receives the card's element, so the keyboard shortcuts can move the focus to it. */
  cardRef(element: HTMLElement | null): void;
  /** Called after the action left the list (done, snoozed, skipped) or came back (undo). */
  onChanged(left: boolean): Promise<void>;
  mail: CardMail;
}

/** hearback has the message in hand: "Mark sent" would only record by hand what it is doing itself. */
const SENDING_STATES = new Set(['queued', 'sending', 'needs_decision']);

/** One thing to do today: what, for whom, when, why, the draft or call script, and the buttons to act. */
export function ActionCard({ item, now, zone, active, editSignal, cardRef, onChanged, mail }: CardProps) {
  const { action, application, draft } = item;
  const toasts = useToasts();
  const [busy, setBusy] = useState(false);
  const due = describeDue(action.due, zone, now);
  const title = actionTitle(action, application.company);
  const id = `action-${action.id}`;
  const isCall = action.channel === 'phone' || action.kind === 'call';

  const act = async (verb: 'done' | 'snooze' | 'skip', body: Record<string, unknown>, message: string, undoable: boolean): Promise<void> => {
    setBusy(true);
    try {
      const result = await api<ActionOutcome>('POST', `/api/actions/${encodeURIComponent(action.id)}/${verb}`, body);
      // Sent or skipped, the edited draft has no further use; a snoozed one comes back with the edit.
      if (verb !== 'snooze') clearDraftEdit(browserStorage(), action.id);
      const event = result.event;
      // Done is undone by deleting the event it recorded; a snooze or skip by clearing the action's state.
      const undoUrl = event ? `/api/events/${encodeURIComponent(event.id)}` : `/api/actions/${encodeURIComponent(action.id)}/state`;
      toasts.show({
        message,
        ...(undoable
          ? {
              undo: async () => {
                await api('DELETE', undoUrl);
                await onChanged(false);
              },
            }
          : {}),
      });
      await onChanged(true);
    } catch (error) {
      toasts.show({ message: `${title}: ${errorMessage(error)}`, tone: 'error' });
      setBusy(false);
    }
  };

  const recordCall = (outcome: CallOutcome, note: string): Promise<void> =>
    act('done', { channel: 'phone', outcome, ...(note ? { note } : {}) }, `Call with ${recipientName(action)} recorded.`, true);

  return (
    <article ref={cardRef} id={id} class={`card action-card${active ? ' is-active' : ''}${due.overdue ? ' is-overdue' : ''}`} tabIndex={-1} aria-labelledby={`${id}-title`} data-action-id={action.id}>
      <header class="card-header">
        <h3 id={`${id}-title`} class="card-title">
          {title}
        </h3>
        <p class="card-sub">
          <a href={href({ name: 'application', id: application.id })}>
            {application.company} · {application.role}
          </a>
        </p>
      </header>
      <p class={`when${due.overdue ? ' when-overdue' : ''}`}>
        <strong>{due.headline}.</strong> {due.theirs}
        {due.yours && <span class="muted"> · {due.yours}</span>}
      </p>
      <p class="reason">{action.reason}</p>
      <SeedLinks sources={action.sources} />
      {draft && isCall && draft.callScript && (
        <CallPanel id={id} phone={draft.to?.phone ?? action.contact?.phone ?? null} name={recipientName(action)} script={draft.callScript} onRecord={recordCall} />
      )}
      {draft && !isCall && action.kind !== 'mark_ghosted' && <DraftPanel action={action} draft={draft} application={application} editSignal={editSignal} mail={mail} userZone={zone} now={now} />}
      {draft && !isCall && draft.callScript && action.alternative && (
        <details class="alternative">
          <summary>Or call {action.alternative.phone} instead</summary>
          <CallPanel id={`${id}-alt`} phone={action.alternative.phone} name={recipientName(action)} script={draft.callScript} onRecord={recordCall} />
        </details>
      )}
      <div class="button-row card-actions">
        {action.kind === 'mark_ghosted' ? (
          <button type="button" class="button button-primary" disabled={busy} onClick={() => void act('done', {}, `${application.company} marked as no answer.`, true)}>
            Mark as no answer
          </button>
        ) : (
          !isCall &&
          !(mail.row && SENDING_STATES.has(mail.row.state)) && (
            <button type="button" class="button button-primary" disabled={busy} onClick={() => void act('done', {}, `Marked as sent: ${title}.`, true)}>
              Mark sent
            </button>
          )
        )}
        <SnoozeMenu id={id} now={now} opens={action.due.start} onSnooze={(until, label) => act('snooze', until ? { until } : {}, `Snoozed ${label}.`, true)} />
        <button type="button" class="button button-quiet" disabled={busy} onClick={() => void act('skip', {}, `Skipped: ${title}.`, true)}>
          Skip
        </button>
      </div>
    </article>
  );
}
