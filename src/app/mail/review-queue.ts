import { AppError } from '../../core/app-error';
import type { MailRecord } from '../../ports/mail-records';
import { addApplication } from '../add-application';
import { nowIso, type AppDeps } from '../deps';
import { undoEvent } from '../undo-event';
import { applyMailEvent } from './apply-mail-event';

async function find(deps: Pick<AppDeps, 'db'>, id: string): Promise<MailRecord> {
  const record = await deps.db.getMailRecord(id);
  if (!record) throw new AppError('not_found', `no message ${id} in the inbox record; see \`hearback inbox review\``, { field: 'id' });
  return record;
}

/** The messages waiting for the user's word, oldest first. */
export function listReview(deps: Pick<AppDeps, 'db'>): Promise<MailRecord[]> {
  return deps.db.listMailRecords({ status: 'review' });
}

/**
 * Accepts a review item: makes its event (on the application it was linked to, or the one the user names)
 * and replans, or creates the application an acknowledgement stands for. In one transaction.
 */
export async function acceptReview(deps: AppDeps, id: string, options: { applicationId?: string | null } = {}): Promise<MailRecord> {
  return deps.db.transaction(async (db) => {
    const record = await find({ db }, id);
    if (record.status !== 'review') throw new AppError('conflict', `message ${id} is ${record.status}, not waiting for review`, { field: 'id' });
    const suggestion = record.suggestion;
    if (!suggestion) throw new AppError('validation', `message ${id} suggests nothing to do; dismiss it instead`, { field: 'id' });
    const now = nowIso(deps);
    let accepted: MailRecord;
    if (suggestion.kind === 'application') {
      const created = await addApplication({ ...deps, db }, { company: suggestion.company, role: suggestion.role ?? 'Role not stated', appliedAt: record.receivedAt ?? now, source: 'email' });
      accepted = { ...record, status: 'accepted', applicationId: created.application.id, updatedAt: now };
    } else {
      const applicationId = options.applicationId ?? suggestion.applicationId;
      const event = await applyMailEvent(deps, db, { ...suggestion, applicationId }, { messageId: record.messageId, date: record.receivedAt }, 'mail');
      accepted = { ...record, status: 'accepted', eventId: event?.id ?? null, applicationId, updatedAt: now };
    }
    await db.updateMailRecord(accepted);
    return accepted;
  });
}

/** Dismisses a review item: nothing happens, and the message is not asked about again. */
export async function dismissReview(deps: AppDeps, id: string): Promise<MailRecord> {
  const record = await find(deps, id);
  if (record.status !== 'review') throw new AppError('conflict', `message ${id} is ${record.status}, not waiting for review`, { field: 'id' });
  const dismissed = { ...record, status: 'dismissed' as const, updatedAt: nowIso(deps) };
  await deps.db.updateMailRecord(dismissed);
  return dismissed;
}

/**
 * Undoes what a message did: removes its event and replans (`hearback inbox undo ID`). The message stays
 * read, so the watcher does not apply it again.
 */
export async function undoMail(deps: AppDeps, id: string): Promise<MailRecord> {
  return deps.db.transaction(async (db) => {
    const record = await find({ db }, id);
    if ((record.status !== 'applied' && record.status !== 'accepted') || !record.eventId) {
      throw new AppError('conflict', `message ${id} made no event to undo (${record.status})`, { field: 'id' });
    }
    if (await db.getEvent(record.eventId)) await undoEvent({ ...deps, db }, record.eventId);
    const undone = { ...record, status: 'undone' as const, updatedAt: nowIso(deps) };
    await db.updateMailRecord(undone);
    return undone;
  });
}
