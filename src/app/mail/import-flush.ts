import type { AppEvent, Application } from '../../core/model';
import type { MailRecord, MboxImportProgress } from '../../ports/mail-records';
import type { AppDeps } from '../deps';
import { replanApplication } from '../replan';
import { applyMailEvent } from './apply-mail-event';

/** What one batch of an mbox import writes. */
export interface ImportBatch {
  applications: { application: Application; applied: AppEvent }[];
  /** Records whose event is to be made (status `applied`, an event suggestion). */
  events: MailRecord[];
  /** Every record of the batch, those above included. */
  records: MailRecord[];
}

/**
 * Writes one batch in one transaction: the new applications and their `applied` events, the events of
 * sure verdicts, every message's record, the replans, and the file offset reached. A kill at any moment
 * leaves the store at the previous batch, and the import resumes from that batch's offset.
 */
export async function flushImport(deps: AppDeps, batch: ImportBatch, progress: MboxImportProgress): Promise<void> {
  await deps.db.transaction(async (db) => {
    const touched = new Set<string>();
    if (batch.applications.length > 0) {
      await db.insertApplications(batch.applications.map((a) => a.application));
      await db.insertEvents(batch.applications.map((a) => a.applied));
      for (const a of batch.applications) touched.add(a.application.id);
    }
    // Records first: a message another import or the watcher recorded meanwhile makes no second event.
    const inserted = new Set((await db.insertMailRecords(batch.records)).map((r) => r.messageId));
    for (const record of batch.events) {
      if (!inserted.has(record.messageId) || record.suggestion?.kind !== 'event' || !record.suggestion.applicationId) continue;
      const event = (await db.getApplication(record.suggestion.applicationId))
        ? await applyMailEvent(deps, db, record.suggestion, { messageId: record.messageId, date: record.receivedAt }, 'import', { replan: false })
        : null;
      if (event) {
        record.eventId = event.id;
        touched.add(event.applicationId);
      } else record.status = 'ignored';
      await db.updateMailRecord(record);
    }
    for (const id of touched) await replanApplication({ ...deps, db }, id);
    await db.putMboxImport(progress);
  });
}
