/** @jsxImportSource preact */
import { useState } from 'preact/hooks';
import { api, errorMessage } from '../../api/client';
import type { Action, ActionDraft } from '../../api/types';
import { UnsignedNotice } from '../../ui/unsigned-notice';
import { useResource } from '../../ui/use-resource';
import { DraftCopyButtons } from './draft-copy-buttons';
import { DraftText } from './draft-text';
import { FindingsList } from './findings-list';

/** Whether an action is a message with a draft to read: calls have a script, marking as ghosted nothing. */
export function hasEmailDraft(action: Action): boolean {
  return action.channel === 'email' && action.kind !== 'mark_ghosted';
}

/**
 * "Show draft" for an action that is not due yet. The plan says what and when, but the user may want to read
 * the thank-you tonight and send it in the morning, or prepare a follow-up ahead: the draft is fetched when
 * asked for, since composing every planned action up front would slow the pages that list them.
 */
export function PlannedDraft({ action }: { action: Action }) {
  const [open, setOpen] = useState(false);
  const id = `planned-draft-${action.id}`;
  return (
    <div class="planned-draft">
      <button type="button" class="button button-quiet button-small" aria-expanded={open} aria-controls={id} onClick={() => setOpen(!open)}>
        {open ? 'Hide draft' : 'Show draft'}
      </button>
      <div id={id}>{open && <LoadedDraft actionId={action.id} />}</div>
    </div>
  );
}

function LoadedDraft({ actionId }: { actionId: string }) {
  const loaded = useResource(() => api<ActionDraft>('GET', `/api/actions/${encodeURIComponent(actionId)}/draft`), [actionId]);
  if (loaded.error && !loaded.data) {
    return (
      <p class="form-error" role="alert">
        The draft could not be made: {errorMessage(loaded.error)}
      </p>
    );
  }
  if (!loaded.data) return <p class="muted">Drafting…</p>;
  const { action, draft, findings } = loaded.data;
  const to = draft.to?.email ?? action.contact?.email ?? null;
  const text = draft.subject === null ? draft.body : `${draft.subject}\n\n${draft.body}`;
  return (
    <div class="draft draft-planned">
      <p class="draft-title">
        Draft{to ? <span class="muted"> to {draft.to?.name ? `${draft.to.name} <${to}>` : to}</span> : <span class="muted"> (no email address known: add one on the application)</span>}
      </p>
      <UnsignedNotice />
      <DraftText subject={draft.subject} body={draft.body} findings={findings} />
      <FindingsList findings={findings} text={text} />
      <div class="button-row">
        <DraftCopyButtons to={to} subject={draft.subject} body={draft.body} />
      </div>
    </div>
  );
}
