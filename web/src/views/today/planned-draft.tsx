/** @jsxImportSource preact */
import { useEffect, useState } from 'preact/hooks';
import { api, errorMessage } from '../../api/client';
import { CallScriptText } from './call-script-text';
import type { Action, ActionDraft, CallScript } from '../../api/types';
import { UnsignedNotice } from '../../ui/unsigned-notice';
import { useResource } from '../../ui/use-resource';
import { DraftCopyButtons } from './draft-copy-buttons';
import { DraftText } from './draft-text';
import { FindingsList } from './findings-list';

/** Whether an action is a message with a draft to read: calls have a script, marking as ghosted nothing. */
export function hasEmailDraft(action: Action): boolean {
  return action.channel === 'email' && action.kind !== 'mark_ghosted';
}

/** Whether an action is a phone call, whose script is read instead of a draft (as on Today's cards). */
export function isCallAction(action: Action): boolean {
  return action.channel === 'phone' || action.kind === 'call';
}

/**
 * "Show draft" (or "Show call script") for an action that is not due yet. The plan says what and when, but
 * the user may want to read the thank-you tonight and send it in the morning, or prepare a call ahead: the
 * text is fetched when asked for, since composing every planned action up front would slow the pages that
 * list them. A link to the action opens it at once (`openAtStart`), because that is what the link was for.
 */
export function PlannedDraft({ action, openAtStart = false }: { action: Action; openAtStart?: boolean }) {
  const [open, setOpen] = useState(openAtStart);
  // The same page can be sent to another of its actions by a second link, which should open that one too.
  useEffect(() => {
    if (openAtStart) setOpen(true);
  }, [openAtStart]);
  const id = `planned-draft-${action.id}`;
  const what = isCallAction(action) ? 'call script' : 'draft';
  return (
    <div class="planned-draft">
      <button type="button" class="button button-quiet button-small" aria-expanded={open} aria-controls={id} onClick={() => setOpen(!open)}>
        {open ? `Hide ${what}` : `Show ${what}`}
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
  if (isCallAction(action) && draft.callScript) return <PlannedScript script={draft.callScript} phone={draft.to?.phone ?? action.contact?.phone ?? null} />;
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

/**
 * A planned call's script, to read ahead. How the call went is recorded on Today once the call is due, so
 * this shows the words only, not the outcome form.
 */
function PlannedScript({ script, phone }: { script: CallScript; phone: string | null }) {
  return (
    <div class="call call-planned">
      <p class="draft-title">Call script{phone && <span class="muted"> for {phone}</span>}</p>
      <CallScriptText script={script} />
    </div>
  );
}
