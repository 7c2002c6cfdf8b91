import { AppError } from '../core/app-error';
import type { AppEvent, Application } from '../core/model';
import type { PlanResult } from '../core/planner/plan';
import { nowIso, type AppDeps } from './deps';
import { replanApplication } from './replan';

export interface UndoResult extends PlanResult {
  /** The event that was removed, so a client can offer to redo it. */
  event: AppEvent;
  /** The application after replanning, with the stage its remaining events give it. */
  application: Application;
}

/**
 * Removes an event and replans its application, in one transaction: the undo of logging it, of marking an
 * action done, or of a drag on the board. Removing the `applied` event that set the application date moves
 * the date to the next remaining `applied` event, or clears it, so the application is saved again.
 */
export async function undoEvent(deps: AppDeps, eventId: string): Promise<UndoResult> {
  return deps.db.transaction(async (db) => {
    const event = await db.getEvent(eventId);
    if (!event) throw new AppError('not_found', `no event with id ${eventId}`, { field: 'id' });
    const app = await db.getApplication(event.applicationId);
    if (!app) throw new AppError('not_found', `no application with id ${event.applicationId}`, { field: 'id' });
    await db.deleteEvent(eventId);
    if (event.kind === 'applied' && app.appliedAt !== null && Date.parse(app.appliedAt) === Date.parse(event.at)) {
      const next = (await db.listEvents({ applicationId: app.id })).find((e) => e.kind === 'applied');
      await db.updateApplication({ ...app, appliedAt: next?.at ?? null, updatedAt: nowIso(deps) });
    }
    const plan = await replanApplication({ ...deps, db }, app.id);
    const application = (await db.getApplication(app.id)) ?? plan.application;
    return { event, application, actions: plan.actions, notes: plan.notes };
  });
}
