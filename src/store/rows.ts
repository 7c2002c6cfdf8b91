import type { Selectable } from 'kysely';
import type { Action, ActionState, AppEvent, Application, Contact, ContactPolicy } from '../core/model';
import { AppError, invalid } from '../core/app-error';
import { epochMs } from './instant';
import type {
  ActionStatesTable,
  ActionsTable,
  ApplicationsTable,
  ContactsTable,
  EventsTable,
} from './schema';

/**
 * Model ↔ row conversions, the one place that knows both shapes. Reads rebuild every field explicitly, so a
 * stored null comes back as null, not as a missing key, and booleans come back as booleans.
 */

export function applicationRow(userId: string, app: Application): ApplicationsTable {
  return {
    user_id: userId,
    id: app.id,
    company: app.company,
    role: app.role,
    posting_url: app.postingUrl,
    posting_text: app.postingText,
    source: app.source,
    location: app.location,
    country: app.country,
    region: app.region,
    timezone: app.timezone,
    stage: app.stage,
    playbook: app.playbook,
    policy: JSON.stringify(app.policy),
    decision_by: app.decisionBy,
    deadline: app.deadline,
    created_at: app.createdAt,
    created_ms: epochMs(app.createdAt, 'createdAt'),
    applied_at: app.appliedAt,
    updated_at: app.updatedAt,
  };
}

export function toApplication(row: Selectable<ApplicationsTable>): Application {
  return {
    id: row.id,
    company: row.company,
    role: row.role,
    postingUrl: row.posting_url,
    postingText: row.posting_text,
    source: row.source,
    location: row.location,
    country: row.country,
    region: row.region,
    timezone: row.timezone,
    stage: row.stage,
    playbook: row.playbook,
    policy: JSON.parse(row.policy) as ContactPolicy,
    decisionBy: row.decision_by,
    deadline: row.deadline,
    createdAt: row.created_at,
    appliedAt: row.applied_at,
    updatedAt: row.updated_at,
  };
}

export function contactRow(userId: string, contact: Contact): ContactsTable {
  return {
    user_id: userId,
    id: contact.id,
    application_id: contact.applicationId,
    name: contact.name,
    role: contact.role,
    email: contact.email,
    phone: contact.phone,
    phone_is_direct: contact.phoneIsDirect ? 1 : 0,
    created_at: contact.createdAt,
    created_ms: epochMs(contact.createdAt, 'createdAt'),
  };
}

export function toContact(row: Selectable<ContactsTable>): Contact {
  return {
    id: row.id,
    applicationId: row.application_id,
    name: row.name,
    role: row.role,
    email: row.email,
    phone: row.phone,
    phoneIsDirect: row.phone_is_direct === 1,
    createdAt: row.created_at,
  };
}

export function eventRow(userId: string, event: AppEvent): EventsTable {
  return {
    user_id: userId,
    id: event.id,
    application_id: event.applicationId,
    kind: event.kind,
    at: event.at,
    at_ms: epochMs(event.at, 'at'),
    note: event.note,
    source: event.source,
    data: JSON.stringify(event.data),
    created_at: event.createdAt,
    created_ms: epochMs(event.createdAt, 'createdAt'),
  };
}

export function toEvent(row: Selectable<EventsTable>): AppEvent {
  // The kind and its data were written together by eventRow, so the pair is consistent; TypeScript cannot
  // correlate a runtime kind with its data type, hence the one assertion.
  return {
    id: row.id,
    applicationId: row.application_id,
    kind: row.kind,
    at: row.at,
    note: row.note,
    source: row.source,
    createdAt: row.created_at,
    data: JSON.parse(row.data) as unknown,
  } as AppEvent;
}

export function actionRow(userId: string, applicationId: string, action: Action): ActionsTable {
  if (action.applicationId !== applicationId) {
    throw invalid('applicationId', `of action ${action.id} is ${action.applicationId}, not ${applicationId}`);
  }
  return {
    user_id: userId,
    id: action.id,
    application_id: action.applicationId,
    kind: action.kind,
    due_start_ms: epochMs(action.due.start, 'due.start'),
    expires_ms: action.expiresAt === null ? null : epochMs(action.expiresAt, 'expiresAt'),
    body: JSON.stringify(action),
  };
}

export function toAction(body: string): Action {
  return JSON.parse(body) as Action;
}

export function actionStateRow(userId: string, state: ActionState): ActionStatesTable {
  return {
    user_id: userId,
    action_id: state.actionId,
    application_id: state.applicationId,
    status: state.status,
    until: state.status === 'snoozed' ? state.until : null,
    at: state.at,
  };
}

export function toActionState(row: Omit<ActionStatesTable, 'user_id'>): ActionState {
  const base = { actionId: row.action_id, applicationId: row.application_id };
  if (row.status === 'snoozed') {
    // The schema's check constraint guarantees a snoozed row has its `until`.
    if (row.until === null) throw new AppError('internal', `snoozed action ${row.action_id} has no end`);
    return { ...base, status: 'snoozed', until: row.until, at: row.at };
  }
  return { ...base, status: 'skipped', at: row.at };
}
