import { composeDraft, lintDraft, type Draft } from '../core/drafting';
import type { LintFinding } from '../core/linting';
import { EMPTY_PROFILE } from '../core/model';
import type { AppDeps } from './deps';
import { loadSettings } from './settings';
import { today, type Agenda, type AgendaItem } from './today';
import { groupByApplication } from './group-by-application';

/** The first draft of an agenda item: what to send (or say on the phone), ready to copy. */
export interface ItemDraft extends Pick<Draft, 'subject' | 'body' | 'to' | 'callScript'> {
  findings: LintFinding[];
}

export interface DraftedItem extends AgendaItem {
  draft: ItemDraft;
}

/** An upcoming item carries no draft: it is not time to send it, so its draft is read when it is opened. */
export type UpcomingItem = AgendaItem;

export interface DraftedAgenda extends Omit<Agenda, 'due'> {
  due: DraftedItem[];
  upcoming: UpcomingItem[];
}

/**
 * Today's agenda with each due item's deterministic draft and lint findings: the morning page. Drafting is
 * pure, so this reads the due applications' contacts and events in one go and composes in memory. Upcoming
 * items are not drafted: their time has not come, and the timing rule would only say so. A rewrite by a chat
 * model is slow and optional, so it stays with the single-action draft. Options are `today`'s: with a
 * `limit`, each list holds at most that many items, and the totals say how many there are.
 */
export async function todayWithDrafts(deps: AppDeps, options: { days?: number; limit?: number } = {}): Promise<DraftedAgenda> {
  const agenda = await today(deps, options);
  const ids = [...new Set(agenda.due.map((i) => i.action.applicationId))];
  const [apps, profile, settings, people, history] = ids.length
    ? await Promise.all([deps.db.listApplications({ ids }), deps.db.getProfile(), loadSettings(deps), deps.db.listContactsOf(ids), deps.db.listEventsOf(ids)])
    : [[], null, null, [], []];
  const byId = new Map(apps.map((a) => [a.id, a]));
  const contactsOf = groupByApplication(people);
  const eventsOf = groupByApplication(history);
  const draftOf = (item: AgendaItem): DraftedItem | null => {
    const application = byId.get(item.action.applicationId);
    if (!application) return null;
    const input = {
      action: item.action,
      application,
      contacts: contactsOf.get(application.id) ?? [],
      events: eventsOf.get(application.id) ?? [],
      profile: profile ?? EMPTY_PROFILE,
      playbook: settings?.playbook ?? null,
    };
    const draft = composeDraft(input);
    const findings = lintDraft(input, draft, agenda.now);
    return { ...item, draft: { subject: draft.subject, body: draft.body, to: draft.to, callScript: draft.callScript, findings } };
  };
  return { ...agenda, due: agenda.due.map(draftOf).filter((item): item is DraftedItem => item !== null) };
}
