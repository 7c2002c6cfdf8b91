import { z } from 'zod';
import { AppError } from '../core/app-error';
import { humanDate, parseIsoDate } from '../core/calendar/civil-date';
import { parseInstant } from '../core/calendar/instant';
import type { Action, AppEvent, CallOutcome, EventData } from '../core/model';
import type { PlanResult } from '../core/planner/plan';
import type { StoredAction, UserStore } from '../ports/store';
import { nowIso, type AppDeps } from './deps';
import { replanApplication } from './replan';
import { callOutcome, instant, toInstant } from './schemas';
import { loadSettings } from './settings';
import { validate } from './validate';

export const ActionCommand = z.object({
  actionId: z.string().min(1),
  /** When it was done, or until when it is snoozed. */
  at: instant.nullish(),
  until: instant.nullish(),
  channel: z.enum(['email', 'phone']).nullish(),
  outcome: callOutcome.nullish(),
  note: z.string().trim().max(20_000).nullish(),
  messageId: z.string().max(998).nullish(),
});
export type ActionCommand = z.input<typeof ActionCommand>;

async function findAction(db: UserStore, actionId: string): Promise<StoredAction> {
  const stored = await db.getAction(actionId);
  if (stored) return stored;
  const events = await db.listEvents();
  const done = events.find((e) => 'actionId' in e.data && e.data.actionId === actionId);
  if (done) throw new AppError('conflict', `action ${actionId} was already done on ${done.at.slice(0, 10)}`, { field: 'actionId' });
  throw new AppError('not_found', `no planned action ${actionId}; run \`hearback today\` or \`hearback plan ID\` to see the current ids`, { field: 'actionId' });
}

/** The event that records doing an action, so the planner moves the chain on. */
export function eventForAction(action: Action, channel: 'email' | 'phone', outcome: CallOutcome | null, messageId: string | null): Pick<AppEvent, 'kind' | 'data'> {
  const ref = { actionId: action.id, actionKind: action.kind, step: action.step };
  const contactId = action.contact?.id ?? null;
  if (action.kind === 'mark_ghosted') return { kind: 'ghosted', data: ref };
  if (channel === 'phone' || action.kind === 'call') return { kind: 'call', data: { ...ref, contactId, outcome } satisfies EventData['call'] };
  if (action.kind === 'thank_you') return { kind: 'thank_you_sent', data: { ...ref, contactId, messageId } };
  return { kind: 'follow_up_sent', data: { ...ref, channel: 'email', contactId, messageId } satisfies EventData['follow_up_sent'] };
}

interface Outcome {
  action: Action;
  event: AppEvent | null;
  plan: PlanResult;
}

/** Marks an action done: records the matching event and replans, in one transaction. */
export async function markDone(deps: AppDeps, raw: unknown): Promise<Outcome> {
  const input = validate(ActionCommand, raw);
  return deps.db.transaction(async (db) => {
    const { action } = await findAction(db, input.actionId);
    const zone = (await db.getApplication(action.applicationId))?.timezone ?? (await loadSettings({ ...deps, db })).timezone;
    const now = nowIso(deps);
    const channel = input.channel ?? action.channel ?? 'email';
    if (channel === 'phone' && action.channel !== 'phone' && !action.alternative) {
      throw new AppError('validation', 'this action has no phone number to call', { field: 'channel' });
    }
    const shape = eventForAction(action, channel, input.outcome ?? null, input.messageId ?? null);
    const event = { id: deps.ids.next('event'), applicationId: action.applicationId, at: input.at ? toInstant(input.at, zone) : now, note: input.note ?? null, source: 'manual', createdAt: now, ...shape } as AppEvent;
    await db.insertEvent(event);
    await db.deleteActionState(action.id);
    const plan = await replanApplication({ ...deps, db }, action.applicationId);
    return { action, event, plan: { actions: plan.actions, notes: plan.notes } };
  });
}

const DAY_MS = 86_400_000;

/**
 * Where a snooze without a time goes: a day after the later of now and the window's start. A day after now
 * alone would change nothing for an action whose window opens later than that, because the planner only
 * moves a window that a snooze reaches past.
 */
export function defaultSnoozeUntil(action: Action, now: string): string {
  return new Date(Math.max(Date.parse(now), parseInstant(action.due.start)) + DAY_MS).toISOString();
}

/** Snoozes an action until a time (by default a day after now or its window's start); the planner moves its window. */
export async function snooze(deps: AppDeps, raw: unknown): Promise<Outcome> {
  const input = validate(ActionCommand, raw);
  return deps.db.transaction(async (db) => {
    const { action } = await findAction(db, input.actionId);
    const zone = (await db.getApplication(action.applicationId))?.timezone ?? (await loadSettings({ ...deps, db })).timezone;
    const now = nowIso(deps);
    const until = input.until ? toInstant(input.until, zone) : defaultSnoozeUntil(action, now);
    if (Date.parse(until) <= Date.parse(now)) throw new AppError('validation', 'until must be in the future', { field: 'until' });
    // A snooze that ends before the window opens would leave the plan as it is, so say so rather than
    // report a snooze that did nothing.
    if (Date.parse(until) <= parseInstant(action.due.start)) {
      const start = action.due.start;
      const offset = start.slice(19) === 'Z' ? '' : start.slice(19);
      const opens = `${humanDate(parseIsoDate(start.slice(0, 10))!)} ${start.slice(11, 16)} (UTC${offset})`;
      throw new AppError('validation', `this action's window already opens later, on ${opens}; snooze it past that to move it`, { field: 'until' });
    }
    await db.putActionState({ actionId: action.id, applicationId: action.applicationId, status: 'snoozed', until, at: now });
    const plan = await replanApplication({ ...deps, db }, action.applicationId);
    return { action, event: null, plan: { actions: plan.actions, notes: plan.notes } };
  });
}

/** Skips an action; the chain moves on as if its time had passed. */
export async function skip(deps: AppDeps, raw: unknown): Promise<Outcome> {
  const input = validate(ActionCommand, raw);
  return deps.db.transaction(async (db) => {
    const { action } = await findAction(db, input.actionId);
    await db.putActionState({ actionId: action.id, applicationId: action.applicationId, status: 'skipped', at: nowIso(deps) });
    const plan = await replanApplication({ ...deps, db }, action.applicationId);
    return { action, event: null, plan: { actions: plan.actions, notes: plan.notes } };
  });
}

/**
 * Undoes a snooze or a skip: the action comes back where the planner puts it. The Undo of the web app's
 * snooze and skip, and `hearback reset`.
 */
export async function clearActionState(deps: AppDeps, raw: unknown): Promise<{ action: Action | null; plan: PlanResult }> {
  const input = validate(ActionCommand, raw);
  return deps.db.transaction(async (db) => {
    const state = (await db.listActionStates()).find((s) => s.actionId === input.actionId);
    if (!state) throw new AppError('not_found', `action ${input.actionId} is neither snoozed nor skipped`, { field: 'actionId' });
    await db.deleteActionState(state.actionId);
    const plan = await replanApplication({ ...deps, db }, state.applicationId);
    return { action: plan.actions.find((a) => a.id === state.actionId) ?? null, plan: { actions: plan.actions, notes: plan.notes } };
  });
}
