import { AppError } from '../../core/app-error';
import type { EventSuggestion } from '../../core/mail/mail-suggestion';
import type { AppEvent, EventData } from '../../core/model';
import type { UserStore } from '../../ports/store';
import { nowIso, type AppDeps } from '../deps';
import { replanApplication } from '../replan';

function dataOf(s: EventSuggestion, messageId: string | null): EventData[EventSuggestion['event']] {
  switch (s.event) {
    case 'reply':
      return { contactId: s.contactId, messageId };
    case 'auto_reply':
      return { returnDate: s.returnDate, messageId };
    case 'bounce':
      return { address: s.address ?? '', hard: s.hard };
    case 'interview':
      return { interviewerIds: s.contactId ? [s.contactId] : [], discussed: [], nextStepDate: null };
    default:
      return {};
  }
}

/**
 * Makes the event a message stands for and replans its application, inside the caller's transaction. The
 * event's time is the message's, never later than now (a sender's clock may run fast). A message already
 * recorded as the same kind of event on the same application makes nothing new.
 */
export async function applyMailEvent(
  deps: AppDeps,
  db: UserStore,
  suggestion: EventSuggestion,
  message: { messageId: string | null; date: string | null },
  source: 'mail' | 'import',
  options: { replan?: boolean } = {},
): Promise<AppEvent | null> {
  const applicationId = suggestion.applicationId;
  if (!applicationId) throw new AppError('validation', 'say which application it is about (--app ID)', { field: 'applicationId' });
  const app = await db.getApplication(applicationId);
  if (!app) throw new AppError('not_found', `no application with id ${applicationId}`, { field: 'applicationId' });
  if (suggestion.event === 'bounce' && !suggestion.address) throw new AppError('validation', 'a bounce needs the address that failed', { field: 'address' });
  const now = nowIso(deps);
  const at = message.date && Date.parse(message.date) < Date.parse(now) ? message.date : now;
  const existing = await db.listEvents({ applicationId });
  const same = existing.find((e) => e.kind === suggestion.event && (Date.parse(e.at) === Date.parse(at) || (message.messageId !== null && 'messageId' in e.data && e.data.messageId === message.messageId)));
  if (same) return null;
  const event = { id: deps.ids.next('event'), applicationId, kind: suggestion.event, at, note: suggestion.note, source, createdAt: now, data: dataOf(suggestion, message.messageId) } as AppEvent;
  await db.insertEvent(event);
  if (options.replan !== false) await replanApplication({ ...deps, db }, applicationId);
  return event;
}
