import { DateTime } from 'luxon';
import { AppError } from '../core/app-error';
import type { ExportDocument } from '../core/export/export-document';
import { parseExportJson } from '../core/export/parse-export-json';
import type { Action } from '../core/model';
import type { UserStore } from '../ports/store';
import type { AppDeps } from './deps';
import { loadSettings } from './settings';

export interface RestoreSummary {
  applications: number;
  contacts: number;
  events: number;
  actions: number;
  actionStates: number;
  outbox: number;
  mailRecords: number;
  settings: boolean;
  profile: boolean;
}

/** `hearback-backup-2026-11-23.json`, dated in the user's zone. */
export async function backupFileName(deps: AppDeps): Promise<string> {
  const { timezone } = await loadSettings(deps);
  return `hearback-backup-${DateTime.fromJSDate(deps.clock.now(), { zone: timezone }).toISODate() ?? 'undated'}.json`;
}

/** Refuses a store that holds anything a restore could collide with or silently mix into. */
async function assertEmpty(db: UserStore): Promise<void> {
  const count = await db.countApplications();
  if (count > 0) {
    throw new AppError(
      'store_not_empty',
      `restore only writes into an empty store, and this one holds ${count} application${count === 1 ? '' : 's'}; restore into a new one (--home DIR or --db FILE) or export and clear this one first`,
      { field: 'store', details: { applications: count } },
    );
  }
}

function plansOf(doc: ExportDocument): { applicationId: string; actions: Action[] }[] {
  const byApp = new Map<string, Action[]>(doc.applications.map((a) => [a.id, []]));
  for (const action of doc.actions) byApp.get(action.applicationId)?.push(action);
  return [...byApp]
    .filter(([, actions]) => actions.length > 0)
    .map(([applicationId, actions]) => ({ applicationId, actions }));
}

/**
 * Restores a `hearback export json` / `hearback backup` file into an empty store, in one transaction:
 * settings, profile, applications, contacts, events, the stored plans as they were, what the user did
 * with actions (snoozed, skipped), the outbox as it was (queued, sent, failed...) and the mail records (the
 * review queue and every classification). Exporting right after gives the same bytes (with the same clock).
 *
 * Not restored, by design (see docs/import-export.md): the calendar feed token (a backup grants no access to
 * anything; the next `hearback ical --url` makes a new address), the calendar sequences (they belong to that
 * address), the import keys (a tracker file imported again after a restore is not recognised), the mail
 * account (its password is sealed with the old machine's key; add the account again), the inbox folder
 * positions and mbox import progress (they belong to that account and those files), the demo
 * marker, and the plan version, so the first `today` replans with this hearback's planner.
 *
 * A file that is not a valid export is a validation error listing its problems by path
 * (`applications[3].company: ...`); a store that holds applications is `store_not_empty`.
 */
export async function restoreBackup(deps: AppDeps, text: string): Promise<RestoreSummary> {
  const parsed = parseExportJson(text);
  if (!parsed.ok) {
    const listed = parsed.problems
      .slice(0, 5)
      .map((p) => `  ${p.path === '' ? '(file)' : p.path}: ${p.message}`);
    const more = parsed.problems.length > 5 ? [`  ...and ${parsed.problems.length - 5} more`] : [];
    throw new AppError(
      'validation',
      ['the file is not a backup hearback can restore:', ...listed, ...more].join('\n'),
      {
        field: 'file',
        details: { problems: parsed.problems },
      },
    );
  }
  const doc = parsed.doc;
  await assertEmpty(deps.db);
  await deps.db.transaction(async (db) => {
    // Checked again inside the transaction: another process may have written since.
    await assertEmpty(db);
    if (doc.settings) await db.putSettings(doc.settings);
    if (doc.profile) await db.putProfile(doc.profile);
    await db.insertApplications(doc.applications);
    await db.insertContacts(doc.contacts);
    await db.insertEvents(doc.events);
    await db.replacePlans(plansOf(doc));
    for (const state of doc.actionStates) await db.putActionState(state);
    for (const item of doc.outbox) await db.queueOutbox(item);
    await db.insertMailRecords(doc.mailRecords);
  });
  return {
    applications: doc.applications.length,
    contacts: doc.contacts.length,
    events: doc.events.length,
    actions: doc.actions.length,
    actionStates: doc.actionStates.length,
    outbox: doc.outbox.length,
    mailRecords: doc.mailRecords.length,
    settings: doc.settings !== null,
    profile: doc.profile !== null,
  };
}
