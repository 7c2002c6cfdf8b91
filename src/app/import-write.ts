import { restage, type ImportedRow } from '../core/import';
import type { AppEvent, Application, Contact, Settings, Stage } from '../core/model';
import { deriveStage } from '../core/planner/derive-stage';
import { planApplication } from '../core/planner/plan';
import type { IdGenerator } from '../ports/ids';
import type { ImportKey, PlanOf, UserStore } from '../ports/store';
import type { AppDeps } from './deps';
import { ALL_TIME, replanApplication } from './replan';

export type RowOutcomeKind = 'created' | 'updated' | 'unchanged';

/** What happened to one row of the file. */
export interface RowOutcome {
  line: number;
  outcome: RowOutcomeKind;
  applicationId: string;
  company: string;
  role: string;
  /** The stage the file gives the row. */
  stage: Stage;
  /** Why a row that differs from its last import changed nothing. */
  note?: string;
  /** An updated row's warnings, dated with what the store knew: they replace the file's own. */
  warnings?: string[];
  /** An updated row's events as written, dated with what the store knew: they replace the file's own. */
  events?: { kind: AppEvent['kind']; at: string }[];
}

export interface WriteContext {
  deps: Pick<AppDeps, 'clock' | 'defaults'>;
  /** The import's transaction. */
  db: UserStore;
  ids: IdGenerator;
  settings: Settings;
  now: string;
  /** The format the file was read as, kept with each key. */
  format: string;
}

const byTime = (a: AppEvent, b: AppEvent) =>
  Date.parse(a.at) - Date.parse(b.at) ||
  Date.parse(a.createdAt) - Date.parse(b.createdAt) ||
  (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/**
 * The row's events with ids. When the file dates only one step, several events share that instant, and the
 * store orders such ties by recording time and then by (random) id; each event is therefore recorded one
 * millisecond after the one before, so every reader sees "applied" before "rejection", as the file meant.
 */
function eventsOf(
  ctx: WriteContext,
  row: ImportedRow,
  applicationId: string,
  events: ImportedRow['events'] = row.events,
): AppEvent[] {
  const base = Date.parse(ctx.now);
  return events.map(
    (e, i) =>
      ({
        ...e,
        id: ctx.ids.next('event'),
        applicationId,
        createdAt: new Date(base + i).toISOString(),
      }) as AppEvent,
  );
}

function contactOf(ctx: WriteContext, row: ImportedRow, applicationId: string): Contact | null {
  const given = row.contacts[0];
  return given ? { ...given, id: ctx.ids.next('contact'), applicationId, createdAt: ctx.now } : null;
}

interface Created {
  application: Application;
  contact: Contact | null;
  events: AppEvent[];
  plan: PlanOf;
}

/**
 * A new application, planned in memory: no read of the store, so 50,000 of them stay fast. `keep` is the
 * id and times hearback's own export gave the row, when the store does not hold that id yet.
 */
function create(ctx: WriteContext, row: ImportedRow, keep: ImportedRow['keep'] = null): Created {
  const id = keep?.id ?? ctx.ids.next('app');
  const events = eventsOf(ctx, row, id).sort(byTime);
  const contact = contactOf(ctx, row, id);
  const draft: Application = {
    ...row.application,
    id,
    stage: row.stage,
    createdAt: keep?.createdAt ?? ctx.now,
    updatedAt: keep?.updatedAt ?? ctx.now,
  };
  const application = { ...draft, stage: deriveStage(events, draft.appliedAt) };
  const contacts = contact ? [contact] : [];
  const { actions } = planApplication(application, events, contacts, ctx.settings, ALL_TIME, []);
  return { application, contact, events, plan: { applicationId: id, actions } };
}

/**
 * Updates an application from a changed row, by the documented rule: the events the import wrote before
 * are replaced by the row's, while events the user recorded (manual, mail) stay; the contact the import
 * wrote is updated in place, never deleted, because events may point at it; fields the file fills replace
 * the stored ones, and fields it leaves empty keep what the user may have typed since.
 */
async function update(
  ctx: WriteContext,
  row: ImportedRow,
  key: ImportKey,
  app: Application,
): Promise<{ contactId: string | null; warnings: string[]; events: ImportedRow['events'] }> {
  const db = ctx.db;
  const existing = await db.listEvents({ applicationId: app.id });
  // A step the file does not date is dated with what the store knows: the previous import of the row and
  // the events the user recorded since. Without them, an interview first seen now would be dated back to
  // the application date, weeks before the import that still called the row "applied".
  const own = existing.filter((e) => e.source !== 'import').sort(byTime);
  const restaged = restage(row, {
    importedAt: key.importedAt,
    steps: existing.filter((e) => e.source === 'import' && e.kind !== 'note'),
    latestRecordedAt: own[own.length - 1]?.at ?? null,
  });
  for (const event of existing) if (event.source === 'import') await db.deleteEvent(event.id);
  await db.insertEvents(eventsOf(ctx, row, app.id, restaged.events));

  let contactId = key.contactId;
  const given = row.contacts[0];
  if (given) {
    const current = contactId
      ? (await db.listContacts({ applicationId: app.id })).find((c) => c.id === contactId)
      : undefined;
    if (current)
      await db.updateContact({ ...current, name: given.name, email: given.email, phone: given.phone });
    else {
      const contact = contactOf(ctx, row, app.id);
      if (contact) await db.insertContact(contact);
      contactId = contact?.id ?? null;
    }
  }

  const keptApplied = own.find((e) => e.kind === 'applied');
  const importedApplied = restaged.events.find((e) => e.kind === 'applied')?.at ?? null;
  const imported = row.application;
  await db.updateApplication({
    ...app,
    company: imported.company,
    role: imported.role,
    postingUrl: imported.postingUrl ?? app.postingUrl,
    postingText: imported.postingText ?? app.postingText,
    source: imported.source ?? app.source,
    location: imported.location ?? app.location,
    // A country comes with its region (or none): a region kept from another country would mean nothing.
    ...(imported.country !== null ? { country: imported.country, region: imported.region } : {}),
    timezone: imported.timezone ?? app.timezone,
    decisionBy: imported.decisionBy ?? app.decisionBy,
    deadline: imported.deadline ?? app.deadline,
    policy: row.policyGiven ? imported.policy : app.policy,
    appliedAt: importedApplied ?? keptApplied?.at ?? null,
    updatedAt: ctx.now,
  });
  await replanApplication({ ...ctx.deps, db }, app.id);
  return { contactId, warnings: restaged.warnings, events: restaged.events };
}

/**
 * Writes the `ok` rows of an import inside the caller's transaction and says what became of each: a row
 * whose natural key is new creates an application with its contact and events, planned from the file's
 * dates; a known key with the same fingerprint is left alone; a known key with another fingerprint updates
 * its application (see `update`). New applications are written in batches of multi-row statements.
 */
export async function writeImportedRows(
  ctx: WriteContext,
  rows: readonly ImportedRow[],
): Promise<RowOutcome[]> {
  const keys = new Map((await ctx.db.listImportKeys()).map((k) => [k.naturalKey, k]));
  const outcomes: RowOutcome[] = [];
  const created: Created[] = [];
  const putKeys: ImportKey[] = [];
  const taken = new Set<string>();
  const keyOf = (row: ImportedRow, applicationId: string, contactId: string | null): ImportKey => ({
    naturalKey: row.naturalKey,
    applicationId,
    fingerprint: row.fingerprint,
    sourceFormat: ctx.format,
    contactId,
    importedAt: ctx.now,
  });
  const outcome = (row: ImportedRow, kind: RowOutcomeKind, applicationId: string): RowOutcome => ({
    line: row.line,
    outcome: kind,
    applicationId,
    company: row.application.company,
    role: row.application.role,
    stage: row.stage,
  });

  for (const row of rows) {
    const key = keys.get(row.naturalKey);
    const app =
      key && key.fingerprint !== row.fingerprint ? await ctx.db.getApplication(key.applicationId) : null;
    if (key && key.fingerprint === row.fingerprint) {
      outcomes.push(outcome(row, 'unchanged', key.applicationId));
    } else if (key && app && row.stage === 'saved' && key.sourceFormat !== ctx.format) {
      // A saved-jobs list (LinkedIn's) knows nothing of what happened after saving: its row must not undo
      // what another file imported. The same file saying "saved" again is the user's word, and is taken.
      const note = `already imported from another file (${key.sourceFormat}); a saved job changes nothing`;
      outcomes.push({ ...outcome(row, 'unchanged', app.id), note });
    } else if (key && app) {
      const updated = await update(ctx, row, key, app);
      putKeys.push(keyOf(row, app.id, updated.contactId));
      const events = updated.events.map((e) => ({ kind: e.kind, at: e.at }));
      outcomes.push({ ...outcome(row, 'updated', app.id), warnings: updated.warnings, events });
    } else {
      const holder = row.keep && !taken.has(row.keep.id) ? await ctx.db.getApplication(row.keep.id) : null;
      if (holder && sameCompany(holder.company, row.application.company)) {
        // hearback's own export of this very store: the application is here, with its whole history, of
        // which the file is only a summary. Creating it again would double it; the file changes nothing.
        const note = `already in this store as ${holder.id}; change it in hearback (a re-import only updates what an import created)`;
        outcomes.push({ ...outcome(row, 'unchanged', holder.id), note });
        continue;
      }
      const free = row.keep && !taken.has(row.keep.id) && holder === null;
      if (row.keep) taken.add(row.keep.id);
      const made = create(ctx, row, free ? row.keep : null);
      created.push(made);
      putKeys.push(keyOf(row, made.application.id, made.contact?.id ?? null));
      outcomes.push(outcome(row, 'created', made.application.id));
      if (created.length >= WRITE_BATCH) await flush(ctx, created.splice(0), putKeys.splice(0));
    }
  }

  await flush(ctx, created.splice(0), putKeys.splice(0));
  return outcomes;
}

function sameCompany(a: string, b: string): boolean {
  return a.trim().toLowerCase() === b.trim().toLowerCase();
}

/**
 * New applications are written this many at a time. Holding a whole 50,000-row import's applications,
 * events and plans, and then the store's row copies of all of them at once, took most of an import's
 * memory (about 600 MB); a few hundred at a time keep the multi-row statements and drop the rest.
 */
const WRITE_BATCH = 500;

/** Writes created applications with what belongs to them, parents first, and the import keys made so far. */
async function flush(ctx: WriteContext, created: readonly Created[], putKeys: readonly ImportKey[]): Promise<void> {
  await ctx.db.insertApplications(created.map((c) => c.application));
  await ctx.db.insertContacts(created.flatMap((c) => (c.contact ? [c.contact] : [])));
  await ctx.db.insertEvents(created.flatMap((c) => c.events));
  await ctx.db.replacePlans(created.map((c) => c.plan));
  await ctx.db.putImportKeys(putKeys);
}
