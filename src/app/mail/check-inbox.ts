import { classifyMessage } from '../../core/mail/classify-message';
import { firstPassSince } from '../../core/mail/first-pass-since';
import { buildLinkIndex, linkMessage, type LinkIndex } from '../../core/mail/link-message';
import { judgeMail, type MailJudgement } from '../../core/mail/mail-suggestion';
import type { FetchedMessage } from '../../ports/inbox';
import type { MailRecord } from '../../ports/mail-records';
import { nowIso, type AppDeps } from '../deps';
import { applyMailEvent } from './apply-mail-event';
import { loadMailKnowledge, type MailKnowledge } from './link-knowledge';
import { mailRecordOf } from './mail-record';
import type { MailSession } from './mail-session';

export interface InboxPass {
  /** Messages read and not seen before. */
  read: number;
  applied: MailRecord[];
  review: MailRecord[];
  ignored: number;
  /** Folders whose UIDVALIDITY changed: read again from the start, deduped by Message-ID. */
  reset: string[];
  errors: { folder: string; uid: number; error: string }[];
}

/** Classifies one fetched message into a record, or an error when it cannot be parsed. */
async function judge(deps: AppDeps, session: MailSession, where: { folder: string; uidValidity: string }, m: FetchedMessage, known: { index: LinkIndex; contacts: MailKnowledge['contactList']; appliedAt: MailKnowledge['appliedAt'] }, now: string): Promise<MailRecord | string> {
  const parsed = await session.parse(m.raw);
  if (!parsed.ok) return parsed.error;
  const msg = parsed.message;
  const link = linkMessage(msg, known.index);
  const verdict = classifyMessage(msg, { now, link });
  // The user's own messages (a folder that holds sent mail, a copy to self) are never news about them.
  const own = msg.from?.address.toLowerCase() === session.account.address.toLowerCase();
  const judgement: MailJudgement = own ? { status: 'ignore', suggestion: null, why: 'sent by you' } : judgeMail(msg, verdict, link, { mode: 'live', contacts: known.contacts, appliedAt: known.appliedAt });
  const { folder, uidValidity } = where;
  const messageId = msg.messageId ?? `imap:${folder}:${uidValidity}:${m.uid}`;
  return mailRecordOf(deps.ids.next('mail'), messageId, 'imap', msg, m.internalDate, verdict, link, judgement, now);
}

/**
 * One pass of the inbox watcher over the account's folders: reads what arrived since the stored UID (a
 * folder read for the first time, or whose UIDVALIDITY changed, from `firstPassSince` on), links and classifies each message, applies sure verdicts as events
 * (which replans their application at once), queues medium ones for review and remembers the rest, so no
 * message is read twice. Each batch, with the folder's new cursor, is written in one transaction.
 */
export async function checkInbox(deps: AppDeps, session: MailSession, options: { folders?: string[]; batch?: number } = {}): Promise<InboxPass> {
  const pass: InboxPass = { read: 0, applied: [], review: [], ignored: 0, reset: [], errors: [] };
  // Only a folder read from its start (no cursor, or a new UIDVALIDITY) uses the bound.
  const since = firstPassSince(await deps.db.listApplications(), nowIso(deps));
  for (const folder of options.folders ?? session.account.folders) {
    let cursor = await deps.db.getInboxFolder(folder);
    for (;;) {
      const batch = await session.inbox().fetchAfter(folder, cursor, options.batch ?? 50, { since });
      if (cursor && batch.uidValidity !== cursor.uidValidity) pass.reset.push(folder);
      const now = nowIso(deps);
      const knowledge = await loadMailKnowledge(deps.db);
      const known = { index: buildLinkIndex(knowledge), contacts: knowledge.contactList, appliedAt: knowledge.appliedAt };
      const records: MailRecord[] = [];
      for (const m of batch.messages) {
        const judged = await judge(deps, session, { folder, uidValidity: batch.uidValidity }, m, known, now);
        if (typeof judged === 'string') pass.errors.push({ folder, uid: m.uid, error: judged });
        else if (!records.some((r) => r.messageId === judged.messageId)) records.push(judged);
      }
      await deps.db.transaction(async (db) => {
        // The record goes in first: of two watchers reading the same message, only the one whose insert
        // wins makes its event.
        const fresh = await db.insertMailRecords(records);
        for (const record of fresh) {
          if (record.status !== 'applied' || record.suggestion?.kind !== 'event') continue;
          const event = await applyMailEvent(deps, db, record.suggestion, { messageId: record.messageId, date: record.receivedAt }, 'mail');
          if (event) record.eventId = event.id;
          else record.status = 'ignored';
          await db.updateMailRecord(record);
        }
        await db.putInboxFolder({ folder, uidValidity: batch.uidValidity, lastUid: batch.lastUid, updatedAt: now });
        pass.read += fresh.length;
        for (const r of fresh) {
          if (r.status === 'applied') pass.applied.push(r);
          else if (r.status === 'review') pass.review.push(r);
          else pass.ignored += 1;
        }
      });
      cursor = { folder, uidValidity: batch.uidValidity, lastUid: batch.lastUid, updatedAt: now };
      if (!batch.more) break;
    }
  }
  return pass;
}
