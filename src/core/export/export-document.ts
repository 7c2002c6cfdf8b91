import { z } from 'zod';
import type { Action, ActionState, AppEvent, Application, Contact, Profile, Settings } from '../model';
import {
  actionSchema,
  actionStateSchema,
  applicationSchema,
  contactSchema,
  eventSchema,
  profileSchema,
  settingsSchema,
} from './model-schemas';
import { mailRecordSchema, outboxItemSchema } from './mail-schemas';
import type { ExportedMailRecord, ExportedOutboxItem } from './mail-schemas';

export const EXPORT_FORMAT = 'hearback-export';
/** Version 2 added the outbox and the mail records; a version 1 file is read as one with neither. */
export const EXPORT_VERSION = 2;

/**
 * Everything one user owns, as `hearback export json` writes it and a restore reads it. Lossless: a restore
 * into an empty store followed by an export gives the same bytes.
 */
export interface ExportDocument {
  format: typeof EXPORT_FORMAT;
  version: typeof EXPORT_VERSION;
  /** When the export was made, ISO 8601; passed in, since core has no clock. */
  exportedAt: string;
  settings: Settings | null;
  profile: Profile | null;
  applications: Application[];
  contacts: Contact[];
  events: AppEvent[];
  actions: Action[];
  actionStates: ActionState[];
  /** Messages approved for sending, in every state (queued, sent, failed...). */
  outbox: ExportedOutboxItem[];
  /** Every message hearback read, with its classification; those in `review` are the review queue. */
  mailRecords: ExportedMailRecord[];
}

export const exportDocumentSchema = z.strictObject({
  format: z.literal(EXPORT_FORMAT),
  version: z.literal(EXPORT_VERSION),
  exportedAt: z.iso.datetime({ offset: true }),
  settings: settingsSchema.nullable(),
  profile: profileSchema.nullable(),
  applications: z.array(applicationSchema),
  contacts: z.array(contactSchema),
  events: z.array(eventSchema),
  actions: z.array(actionSchema),
  actionStates: z.array(actionStateSchema),
  outbox: z.array(outboxItemSchema),
  mailRecords: z.array(mailRecordSchema),
}) satisfies z.ZodType<ExportDocument>;

/** A problem in an export file, at a path a person can find: `applications[3].company`. */
export interface ExportProblem {
  path: string;
  message: string;
}

/**
 * Writes a zod path the way it reads in JavaScript.
 *
 * @example
 * formatPath(['events', 2, 'data', 'contactId']) // 'events[2].data.contactId'
 */
export function formatPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>(
    (out, key) =>
      typeof key === 'number' ? `${out}[${key}]` : out === '' ? String(key) : `${out}.${String(key)}`,
    '',
  );
}

/**
 * Checks that every row points at something the file holds, and that no id is used twice: a restore would
 * otherwise fail half-way on a foreign key, or silently merge two rows.
 *
 * @example
 * referenceProblems({ ...doc, contacts: [{ ...contact, applicationId: 'zz' }] })
 * // [{ path: 'contacts[0].applicationId', message: 'no application with id "zz" in the file' }]
 */
export function referenceProblems(doc: ExportDocument): ExportProblem[] {
  const problems: ExportProblem[] = [];
  const unique = (name: string, ids: readonly string[]): Set<string> => {
    const seen = new Set<string>();
    ids.forEach((value, i) => {
      if (seen.has(value))
        problems.push({ path: `${name}[${i}]`, message: `the id "${value}" is used twice` });
      seen.add(value);
    });
    return seen;
  };
  const apps = unique(
    'applications',
    doc.applications.map((a) => a.id),
  );
  unique(
    'contacts',
    doc.contacts.map((c) => c.id),
  );
  unique(
    'events',
    doc.events.map((e) => e.id),
  );
  unique(
    'actions',
    doc.actions.map((a) => a.id),
  );
  // A state outlives its action (states survive replanning), so its action need not be in the file; its
  // application must.
  unique(
    'actionStates',
    doc.actionStates.map((s) => s.actionId),
  );
  const refer = (name: string, rows: readonly { applicationId: string }[]) =>
    rows.forEach((row, i) => {
      if (!apps.has(row.applicationId)) {
        problems.push({
          path: `${name}[${i}].applicationId`,
          message: `no application with id "${row.applicationId}" in the file`,
        });
      }
    });
  refer('contacts', doc.contacts);
  refer('events', doc.events);
  refer('actions', doc.actions);
  refer('actionStates', doc.actionStates);
  unique(
    'outbox',
    doc.outbox.map((o) => o.actionId),
  );
  unique(
    'outbox',
    doc.outbox.map((o) => o.messageId),
  );
  refer('outbox', doc.outbox);
  unique(
    'mailRecords',
    doc.mailRecords.map((r) => r.id),
  );
  unique(
    'mailRecords',
    doc.mailRecords.map((r) => r.messageId),
  );
  // A mail record may concern no application (not job mail), so only the ones it names must be in the file.
  refer(
    'mailRecords',
    doc.mailRecords.flatMap((r) => (r.applicationId === null ? [] : [{ applicationId: r.applicationId }])),
  );
  return problems;
}
