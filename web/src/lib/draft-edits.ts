/**
 * The user's edits to a draft on Today, kept in the browser per action until the message is sent, skipped
 * or reset, so a reload or a closed tab does not throw away what they wrote. Only the browser holds them:
 * they are the user's words in progress, and the server drafts afresh on every load.
 */
export interface DraftEdit {
  subject: string | null;
  body: string;
}

/** What the functions need of `localStorage`, so tests can pass a map. */
export type EditStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

const KEY_PREFIX = 'hearback.draft-edit.';
const keyOf = (actionId: string): string => `${KEY_PREFIX}${actionId}`;

/**
 * The saved edit of an action's draft, or `null` when there is none or it cannot be read.
 *
 * @example
 * loadDraftEdit(localStorage, 'app1-fu1'); // { subject: 'Following up', body: 'Hi Dana, …' }
 */
export function loadDraftEdit(storage: EditStorage | null, actionId: string): DraftEdit | null {
  try {
    const raw = storage?.getItem(keyOf(actionId));
    if (!raw) return null;
    const value = JSON.parse(raw) as Partial<DraftEdit>;
    if (typeof value.body !== 'string' || (value.subject !== null && typeof value.subject !== 'string')) return null;
    return { subject: value.subject, body: value.body };
  } catch {
    // Storage turned off (a private window) or a value from something else: there is no edit to restore.
    return null;
  }
}

/**
 * Saves the edit, or forgets it when the text is hearback's draft again: an unchanged draft is not an edit.
 *
 * @example
 * saveDraftEdit(localStorage, 'app1-fu1', { subject: 'Hi', body: 'Edited' }, { subject: 'Hi', body: 'Draft' });
 */
export function saveDraftEdit(storage: EditStorage | null, actionId: string, edit: DraftEdit, original: DraftEdit): void {
  if (edit.subject === original.subject && edit.body === original.body) {
    clearDraftEdit(storage, actionId);
    return;
  }
  try {
    storage?.setItem(keyOf(actionId), JSON.stringify(edit));
  } catch {
    // A full or disabled storage: the edit still lives on the page, only not across a reload.
  }
}

/** Forgets the edit of an action: it was sent, skipped, or reset to hearback's draft. */
export function clearDraftEdit(storage: EditStorage | null, actionId: string): void {
  try {
    storage?.removeItem(keyOf(actionId));
  } catch {
    // Nothing to clear where storage is disabled.
  }
}

/** The browser's `localStorage`, or `null` where reading it throws (some privacy settings). */
export function browserStorage(): EditStorage | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    return null;
  }
}
