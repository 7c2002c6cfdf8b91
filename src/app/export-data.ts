import { EXPORT_FORMAT, EXPORT_VERSION, type ExportDocument } from '../core/export/export-document';
import { nowIso, type AppDeps } from './deps';

/** Everything the user owns, as one lossless document (see src/core/export for its format). */
export async function exportDocument(deps: AppDeps): Promise<ExportDocument> {
  const db = deps.db;
  const [settings, profile, applications, contacts, events, stored, actionStates] = await Promise.all([
    db.getSettings(),
    db.getProfile(),
    db.listApplications(),
    db.listContacts(),
    db.listEvents(),
    db.listActions(),
    db.listActionStates(),
  ]);
  return { format: EXPORT_FORMAT, version: EXPORT_VERSION, exportedAt: nowIso(deps), settings, profile, applications, contacts, events, actions: stored.map((s) => s.action), actionStates };
}
