import type { ExportDocument } from './export-document';

/** Code-unit order, never the locale's, so that two machines sort alike. */
const compare = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

function byKeys<T>(...keys: ((item: T) => string)[]): (a: T, b: T) => number {
  return (a, b) => {
    for (const key of keys) {
      const order = compare(key(a), key(b));
      if (order !== 0) return order;
    }
    return 0;
  };
}

/** Object keys in code-unit order at every depth; arrays keep their order, which is meaningful inside rows. */
function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value === null || typeof value !== 'object') return value;
  const entries = Object.entries(value).filter(([, v]) => v !== undefined);
  return Object.fromEntries(entries.sort(([a], [b]) => compare(a, b)).map(([k, v]) => [k, sortKeys(v)]));
}

/**
 * Writes an export document so that the same data always gives the same bytes: the top-level keys in the
 * documented order, every nested object's keys sorted, and the collections sorted by stable keys
 * (applications by id; contacts, events and actions by application, then time where there is one, then id;
 * action states by action id). Two-space indentation and a final newline, for diffs. An `undefined`
 * property is left out, as JSON does, so an optional field read back as absent writes the same.
 *
 * @example
 * toCanonicalJson({ format: 'hearback-export', version: 2, exportedAt: '2026-01-15T10:00:00Z', settings: null, profile: null, applications: [], contacts: [], events: [], actions: [], actionStates: [], outbox: [], mailRecords: [] })
 * // '{\n  "format": "hearback-export",\n  "version": 2,\n  ...'
 */
export function toCanonicalJson(doc: ExportDocument): string {
  const ordered = {
    format: doc.format,
    version: doc.version,
    exportedAt: doc.exportedAt,
    settings: sortKeys(doc.settings),
    profile: sortKeys(doc.profile),
    applications: [...doc.applications].sort(byKeys((a) => a.id)).map(sortKeys),
    contacts: [...doc.contacts]
      .sort(
        byKeys(
          (c) => c.applicationId,
          (c) => c.createdAt,
          (c) => c.id,
        ),
      )
      .map(sortKeys),
    events: [...doc.events]
      .sort(
        byKeys(
          (e) => e.applicationId,
          (e) => e.at,
          (e) => e.id,
        ),
      )
      .map(sortKeys),
    actions: [...doc.actions]
      .sort(
        byKeys(
          (a) => a.applicationId,
          (a) => a.due.start,
          (a) => a.id,
        ),
      )
      .map(sortKeys),
    actionStates: [...doc.actionStates].sort(byKeys((s) => s.actionId)).map(sortKeys),
    outbox: [...doc.outbox].sort(byKeys((o) => o.actionId)).map(sortKeys),
    mailRecords: [...doc.mailRecords].sort(byKeys((r) => r.id)).map(sortKeys),
  };
  return `${JSON.stringify(ordered, null, 2)}\n`;
}
