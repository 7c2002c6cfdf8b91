import { AppError } from '../core/app-error';
import type { AppEvent, Application, Contact, PlaybookName } from '../core/model';
import { planApplication, type PlanResult } from '../core/planner/plan';
import type { AppDeps } from './deps';
import { ensureFreshPlans } from './plan-version';
import { loadSettings } from './settings';

export interface ApplicationView {
  application: Application;
  contacts: Contact[];
  events: AppEvent[];
  /** The plan as of now, with the notes that say why a rule planned nothing. */
  plan: PlanResult;
}

/** Everything about one application, with its plan made fresh for the clock's `now`. */
export async function showApplication(deps: AppDeps, id: string, options: { playbook?: PlaybookName } = {}): Promise<ApplicationView> {
  await ensureFreshPlans(deps);
  const application = await deps.db.getApplication(id);
  if (!application) throw new AppError('not_found', `no application with id ${id}`, { field: 'id' });
  const [contacts, events, states, settings] = await Promise.all([
    deps.db.listContacts({ applicationId: id }),
    deps.db.listEvents({ applicationId: id }),
    deps.db.listActionStates({ applicationId: id }),
    loadSettings(deps),
  ]);
  // A playbook given here previews the plan without changing the application.
  const planned = options.playbook ? { ...application, playbook: options.playbook } : application;
  const plan = planApplication(planned, events, contacts, settings, deps.clock.now().toISOString(), states);
  return { application, contacts, events, plan };
}
