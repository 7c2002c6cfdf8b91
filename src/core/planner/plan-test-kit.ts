import type { Action, ActionState, AppEvent, Application, Contact, PlaybookName, Settings } from '../model';
import { anApplication, anEvent, someSettings } from '../../../test/support/builders';
import { planApplication, type PlanResult } from './plan';

/** Shared by the planner's test tables: plan one application under a playbook with readable inputs. */
export interface Case {
  playbook?: PlaybookName;
  app?: Partial<Application>;
  events?: AppEvent[];
  contacts?: Contact[];
  settings?: Partial<Settings>;
  states?: ActionState[];
  now?: string;
}

export function planCase(c: Case): PlanResult {
  const app = anApplication({ playbook: c.playbook ?? null, ...c.app });
  const applied = app.appliedAt ? [anEvent('applied', app.appliedAt)] : [];
  return planApplication(app, [...applied, ...(c.events ?? [])], c.contacts ?? [], someSettings(c.settings), c.now ?? app.appliedAt ?? '2026-01-01T00:00:00Z', c.states);
}

export function kinds(result: PlanResult): string[] {
  return result.actions.map((a) => `${a.kind}${a.step > 1 ? a.step : ''}`);
}

export function only(result: PlanResult, kind: Action['kind']): Action {
  const found = result.actions.filter((a) => a.kind === kind);
  if (found.length !== 1) throw new Error(`expected one ${kind}, got ${kinds(result).join(', ') || 'nothing'}`);
  return found[0] as Action;
}

export const ALL: PlaybookName[] = ['persistent', 'balanced', 'conservative'];
export const CHASING: PlaybookName[] = ['persistent', 'balanced'];
