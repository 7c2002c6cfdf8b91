import { OPEN_POLICY } from '../model';
import type { Application, Contact, ContactRole, Stage } from '../model';
import { IMPORT_FIELDS, isDateField } from './import-field';
import type { DateField, ImportField } from './import-field';
import type { ParsedDate } from './date-value';
import type { FormatSpec } from './known-formats';
import { parseContactList } from './contact-list';
import { restoredOf } from './hearback-format';
import type { Restored, RestoredField } from './hearback-format';
import { fingerprint, naturalKey } from './natural-key';
import { eventsForStage } from './stage-events';
import type { EarlierImport, ImportedEvent, RowDates, StageEventsInput } from './stage-events';
import { statusToStage } from './status-vocabulary';

export type ImportedApplication = Omit<Application, 'id' | 'createdAt' | 'updatedAt' | 'stage'>;
export type ImportedContact = Omit<Contact, 'id' | 'applicationId' | 'createdAt'>;

/** A row that can be imported: everything to write, nothing written yet. */
export interface ImportedRow {
  kind: 'ok';
  line: number;
  /** See `naturalKey`: equal keys are the same application. */
  naturalKey: string;
  /** Changes when any imported value of the row changes; see `fingerprint`. */
  fingerprint: string;
  /** The stage the events produce, for the preview and the denormalised column. */
  stage: Stage;
  application: ImportedApplication;
  contacts: ImportedContact[];
  /** The stage events come first, then any note: a re-import dates them again from this (see `restage`). */
  events: ImportedEvent[];
  /** What `eventsForStage` was given, so a re-import can date the stage events with what the store knows. */
  staging: Omit<StageEventsInput, 'earlier'>;
  /** hearback's own export: the application's id and times, to keep when the store does not hold the id. */
  keep?: Restored['keep'];
  /** The file names the posting's contact policy (hearback's own export); otherwise `application.policy` is only the default. */
  policyGiven?: true;
  /** What the import had to decide for this row, for the report: "no date for the application; dated at the import". */
  warnings: string[];
}

/** A row that cannot be imported. It carries no application data, so nothing of it can be half-written. */
export interface RejectedRow {
  kind: 'rejected';
  line: number;
  /** For a person, with the line: "line 7: no company name". */
  reason: string;
  field?: ImportField;
}

export type ImportRowResult = ImportedRow | RejectedRow;

/** One row's cells read through the mapping: text per field, and dates already resolved by column. */
export interface RowValues {
  line: number;
  text: Partial<Record<ImportField, string>>;
  dates: Partial<Record<DateField, ParsedDate>>;
  /** The columns only hearback's own export has (see `RESTORED_FIELDS`). */
  restored?: Partial<Record<RestoredField, string>>;
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

function postingUrl(value: string | undefined, warnings: string[]): string | null {
  if (value === undefined) return null;
  for (const candidate of [value, `https://${value}`]) {
    try {
      const url = new URL(candidate);
      if ((url.protocol === 'http:' || url.protocol === 'https:') && url.hostname.includes('.'))
        return url.href;
    } catch {
      // Not a URL this way round; the next candidate, or the warning below, deals with it.
    }
  }
  warnings.push(`"${value}" is not a web address; the posting URL is left empty`);
  return null;
}

/**
 * The first person a contact list names, which becomes the row's contact; an import keeps one contact per
 * row (the one it updates when the row changes), so the others are named in a warning to add by hand.
 */
function contactsOf(cell: string | undefined, warnings: string[]): { name: string | null; role: ContactRole } {
  const people = cell === undefined ? [] : parseContactList(cell);
  const [first, ...others] = people;
  if (others.length > 0)
    warnings.push(`the contacts column also names ${others.map((p) => p.name).join(', ')}; add them by hand`);
  return first ?? { name: null, role: 'other' };
}

function stageOf(row: RowValues, spec: FormatSpec, warnings: string[]): Stage {
  if (spec.stage !== undefined) return spec.stage;
  const fallback: Stage = row.dates.appliedAt === undefined ? 'saved' : 'applied';
  const status = row.text.status;
  if (status === undefined) return fallback;
  const stage = statusToStage(status, row.text.closedReason ?? null);
  if (stage === null)
    warnings.push(`status "${status}" is not one hearback knows; imported as ${fallback}, from its dates`);
  return stage ?? fallback;
}

/**
 * The restored columns a re-import applies to an application it already holds, so a change to any of them
 * must change the row's fingerprint. The id and bookkeeping times are left out: every export writes a new
 * "Updated", and that alone is no change of the application.
 */
const APPLIED_RESTORED: readonly RestoredField[] = ['country', 'region', 'timezone', 'decisionBy', 'deadline', 'policy'];

function rowFingerprint(row: RowValues, stage: Stage): string {
  const values = IMPORT_FIELDS.filter((f) => f !== 'ignore' && f !== 'salary').map(
    (field) => (isDateField(field) ? row.dates[field]?.at : undefined) ?? row.text[field] ?? null,
  );
  // Only the restored cells that hold something are added, so a row of any other format keeps the
  // fingerprint it had before these columns counted.
  const restored = APPLIED_RESTORED.flatMap((field) => {
    const value = row.restored?.[field];
    return value === undefined ? [] : [`${field}=${value}`];
  });
  return fingerprint([stage, ...values, ...restored]);
}

/**
 * Builds everything one row imports, or rejects it with a reason a person understands. Company and role
 * are required; everything else is taken when present. The caller resolves the date columns first and
 * checks for duplicates across rows.
 *
 * @example
 * mapRow({ line: 2, text: { company: 'Acme', role: 'Engineer' }, dates: {} }, KNOWN_FORMATS.generic, now)
 * // { kind: 'ok', stage: 'saved', naturalKey: 'acme|engineer', events: [], ... }
 */
export function mapRow(row: RowValues, spec: FormatSpec, now: string): ImportRowResult {
  const { company, role } = row.text;
  if (company === undefined)
    return {
      kind: 'rejected',
      line: row.line,
      reason: `line ${row.line}: no company name`,
      field: 'company',
    };
  if (role === undefined)
    return { kind: 'rejected', line: row.line, reason: `line ${row.line}: no job title`, field: 'role' };
  const warnings: string[] = [];
  const stage = stageOf(row, spec, warnings);
  const d = row.dates;
  const restored = row.restored === undefined ? null : restoredOf(row.restored, stage, warnings);
  const dates: RowDates = {
    appliedAt: d.appliedAt ?? null,
    savedAt: d.savedAt ?? null,
    statusAt: restored?.datesStage === false ? null : (d.statusAt ?? null),
    interviewAt: d.interviewAt ?? null,
    offerAt: d.offerAt ?? null,
    rejectedAt: d.rejectedAt ?? null,
  };
  const origin = `${spec.label}, line ${row.line}`;
  const staging = { stage, dates, origin, statusText: row.text.status ?? null, now };
  const staged = eventsForStage(staging);
  warnings.push(...staged.warnings);
  const events = [...staged.events];
  if (row.text.notes !== undefined) {
    const at = events[0]?.at ?? dates.savedAt?.at ?? now;
    events.push({
      kind: 'note',
      at,
      note: `Imported note from ${origin}:\n${row.text.notes}`,
      source: 'import',
      data: {},
    });
  }
  let email = row.text.contactEmail ?? null;
  if (email !== null && !EMAIL.test(email)) {
    warnings.push(`contact email "${email}" is not an address; it is left out`);
    email = null;
  }
  const listed = spec.contactList ? contactsOf(row.text.contactName, warnings) : null;
  const name = listed?.name ?? row.text.contactName ?? null;
  const phone = row.text.contactPhone ?? null;
  const contacts: ImportedContact[] =
    name === null && email === null && phone === null
      ? []
      : [{ name, role: listed?.role ?? 'other', email, phone, phoneIsDirect: false }];
  const url = postingUrl(row.text.url, warnings);
  const application: ImportedApplication = {
    company,
    role,
    postingUrl: url,
    postingText: row.text.postingText ?? null,
    source: row.text.source ?? spec.source,
    location: row.text.location ?? null,
    country: restored?.restored.country ?? null,
    region: restored?.restored.region ?? null,
    timezone: restored?.restored.timezone ?? null,
    playbook: null,
    policy: restored?.restored.policy ?? { ...OPEN_POLICY },
    decisionBy: restored?.restored.decisionBy ?? null,
    deadline: restored?.restored.deadline ?? null,
    appliedAt: events.find((e) => e.kind === 'applied')?.at ?? null,
  };
  const key = naturalKey({
    company,
    role,
    url,
    appliedOn: dates.appliedAt?.date ?? null,
    savedOn: dates.savedAt?.date ?? null,
  });
  return {
    kind: 'ok',
    line: row.line,
    naturalKey: key,
    fingerprint: rowFingerprint(row, stage),
    stage,
    application,
    contacts,
    events,
    staging,
    ...(restored?.restored.keep ? { keep: restored.restored.keep } : {}),
    ...(restored?.restored.policy ? { policyGiven: true } : {}),
    warnings,
  };
}

/**
 * A row's events and warnings dated again for a re-import, with what the store knows of the row (see
 * `EarlierImport`); a note event keeps its place after the stage events.
 *
 * @example
 * restage(row, { importedAt: '2024-12-01T10:00:00Z', steps: [{ kind: 'applied', at: nov01 }], latestRecordedAt: null })
 * // { events: [applied@Nov 1, interview@Dec 1], warnings: ['no date for the interview; dated at the previous import...'] }
 */
export function restage(
  row: ImportedRow,
  earlier: EarlierImport,
): { events: ImportedEvent[]; warnings: string[] } {
  const staged = eventsForStage({ ...row.staging, earlier });
  const before = eventsForStage(row.staging);
  const kept = row.warnings.filter((w) => !before.warnings.includes(w));
  return {
    events: [...staged.events, ...row.events.slice(staged.events.length)],
    warnings: [...kept, ...staged.warnings],
  };
}
