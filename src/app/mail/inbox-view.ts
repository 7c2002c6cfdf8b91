import type { Application } from '../../core/model';
import type { MailRecord } from '../../ports/mail-records';
import type { AppDeps } from '../deps';
import { listReview } from './review-queue';

/** The application a message concerns, by name, so the page can say which without another request. */
export interface MailApplication {
  id: string;
  company: string;
  role: string;
}

/** A message hearback read, with the application it was linked to or is suggested for. */
export type MailItem = MailRecord & { application: MailApplication | null };

/** How many applied messages the page lists for undoing. */
const RECENT_LIMIT = 20;

function withApplication(records: readonly MailRecord[], applications: readonly Application[]): MailItem[] {
  const byId = new Map(applications.map((a) => [a.id, a]));
  return records.map((record) => {
    const id = (record.suggestion?.kind === 'event' ? record.suggestion.applicationId : null) ?? record.applicationId;
    const app = id ? byId.get(id) : undefined;
    return { ...record, application: app ? { id: app.id, company: app.company, role: app.role } : null };
  });
}

/** The review queue for the web page: messages waiting for the user's word, oldest first. */
export async function listReviewItems(deps: Pick<AppDeps, 'db'>): Promise<MailItem[]> {
  const [records, applications] = await Promise.all([listReview(deps), deps.db.listApplications()]);
  return withApplication(records, applications);
}

/**
 * The messages that made an event, by the watcher (sure verdicts) or by the user's accept, newest first:
 * what the page offers to undo.
 */
export async function listRecentMail(deps: Pick<AppDeps, 'db'>, limit = RECENT_LIMIT): Promise<MailItem[]> {
  const [applied, accepted, applications] = await Promise.all([deps.db.listMailRecords({ status: 'applied' }), deps.db.listMailRecords({ status: 'accepted' }), deps.db.listApplications()]);
  const undoable = [...applied, ...accepted].filter((r) => r.eventId !== null);
  undoable.sort((a, b) => Date.parse(b.updatedAt) - Date.parse(a.updatedAt) || (a.id < b.id ? 1 : -1));
  return withApplication(undoable.slice(0, limit), applications);
}
