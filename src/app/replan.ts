import { AppError } from '../core/app-error';
import { deriveStage } from '../core/planner/derive-stage';
import { planApplication, type PlanResult } from '../core/planner/plan';
import type { ActionState, AppEvent, Application, Contact, Settings } from '../core/model';
import type { UserStore } from '../ports/store';
import type { AppDeps } from './deps';
import { PLAN_VERSION_KEY, planKey } from './plan-version';
import { loadSettings } from './settings';
import { groupByApplication } from './group-by-application';

/**
 * Plans are stored whole, unfiltered by time: planning "as of the epoch" keeps every action, and readers
 * drop the expired ones for their own `now`. The planner guarantees that equals planning at that `now`.
 */
export const ALL_TIME = '1970-01-01T00:00:00Z';


/** Replans one application from the store and saves its plan and stage; returns the plan. */
export async function replanApplication(deps: Pick<AppDeps, 'db' | 'clock' | 'defaults'>, applicationId: string): Promise<PlanResult & { application: Application }> {
  const db = deps.db;
  const app = await db.getApplication(applicationId);
  if (!app) throw new AppError('not_found', `no application with id ${applicationId}`, { field: 'id' });
  const [events, contacts, states, settings] = await Promise.all([
    db.listEvents({ applicationId }),
    db.listContacts({ applicationId }),
    db.listActionStates({ applicationId }),
    loadSettings(deps),
  ]);
  return { ...(await savePlan(db, app, events, contacts, states, settings)), application: app };
}

async function savePlan(db: UserStore, app: Application, events: AppEvent[], contacts: Contact[], states: ActionState[], settings: Settings): Promise<PlanResult> {
  const result = planApplication(app, events, contacts, settings, ALL_TIME, states);
  const stage = deriveStage(events, app.appliedAt);
  if (stage !== app.stage) await db.updateApplication({ ...app, stage, updatedAt: app.updatedAt });
  await db.replaceActions(app.id, result.actions);
  return result;
}

/** Replans every application of the user with four bulk reads, and records the plan version. */
export async function replanAll(deps: Pick<AppDeps, 'db'>, settings: Settings): Promise<number> {
  const db = deps.db;
  const [apps, events, contacts, states] = await Promise.all([db.listApplications(), db.listEvents(), db.listContacts(), db.listActionStates()]);
  const eventsBy = groupByApplication(events);
  const contactsBy = groupByApplication(contacts);
  const statesBy = groupByApplication(states);
  for (const app of apps) {
    await savePlan(db, app, eventsBy.get(app.id) ?? [], contactsBy.get(app.id) ?? [], statesBy.get(app.id) ?? [], settings);
  }
  await db.putMeta(PLAN_VERSION_KEY, planKey(settings));
  return apps.length;
}
