import { APPLICATION_CSV_COLUMNS, applicationCsvRows } from '../core/export/applications-csv';
import { toCanonicalJson } from '../core/export/canonical-json';
import { EXPORT_FORMAT, EXPORT_VERSION, type ExportDocument } from '../core/export/export-document';
import { toCsv } from '../core/export/to-csv';
import { nowIso, type AppDeps } from './deps';
import { loadSettings } from './settings';

/**
 * Everything the user owns, as one lossless document (see src/core/export for its format), except the mail
 * account (its password is sealed with this machine's key), the inbox watcher's place in each folder and
 * the progress of mbox imports (both belong to that account and those files): see docs/import-export.md.
 */
export async function exportDocument(deps: AppDeps): Promise<ExportDocument> {
  const db = deps.db;
  const [settings, profile, applications, contacts, events, stored, actionStates, outbox, mailRecords] = await Promise.all([
    db.getSettings(),
    db.getProfile(),
    db.listApplications(),
    db.listContacts(),
    db.listEvents(),
    db.listActions(),
    db.listActionStates(),
    db.listOutbox(),
    db.listMailRecords(),
  ]);
  return {
    format: EXPORT_FORMAT,
    version: EXPORT_VERSION,
    exportedAt: nowIso(deps),
    settings,
    profile,
    applications,
    contacts,
    events,
    actions: stored.map((s) => s.action),
    actionStates,
    outbox,
    mailRecords,
  };
}

/** The export as `hearback export json` and `hearback backup` write it: the same data, the same bytes. */
export async function exportJson(deps: AppDeps): Promise<string> {
  return toCanonicalJson(await exportDocument(deps));
}

/**
 * One row per application, for a spreadsheet: UTF-8 with a byte order mark, formula injection guarded, dates
 * as calendar dates in the user's zone, and headers hearback's own importer reads back.
 */
export async function exportApplicationsCsv(deps: AppDeps): Promise<string> {
  const [settings, applications, contacts, events] = await Promise.all([
    loadSettings(deps),
    deps.db.listApplications(),
    deps.db.listContacts(),
    deps.db.listEvents(),
  ]);
  return toCsv(
    applicationCsvRows({ applications, contacts, events }, settings.timezone),
    APPLICATION_CSV_COLUMNS,
  );
}
