import { IANAZone } from 'luxon';
import type { Stage } from '../model';
import type { FormatSpec } from './known-formats';

/**
 * The columns of hearback's own applications CSV (`hearback export csv`) that no import field names: they
 * are read only from that file, so that importing it into an empty store gives the same applications back.
 */
export const RESTORED_FIELDS = [
  'id',
  'createdAt',
  'updatedAt',
  'country',
  'region',
  'timezone',
  'decisionBy',
  'deadline',
  'lastEvent',
] as const;
export type RestoredField = (typeof RESTORED_FIELDS)[number];

/** What a restored column gives the application, each value checked. */
export interface Restored {
  country: string | null;
  region: string | null;
  timezone: string | null;
  decisionBy: string | null;
  deadline: string | null;
  /** The application's own id and bookkeeping times, kept when the store does not hold that id yet. */
  keep: { id: string; createdAt: string; updatedAt: string } | null;
}

/**
 * hearback's own export, recognised by its exact header row. Its Last event on column dates the stage's
 * last step when the last event is that step (see `restoredOf`).
 */
export const HEARBACK: FormatSpec = {
  id: 'hearback',
  label: 'a hearback export',
  signature: [
    ['company'], ['role'], ['stage'], ['applied'], ['postingurl'], ['source'], ['location'], ['country'],
    ['region'], ['timezone'], ['contact'], ['contactemail'], ['contactphone'], ['lastevent'],
    ['lasteventon'], ['decisionby'], ['deadline'], ['created'], ['updated'], ['id'],
  ],
  columns: {
    company: 'company',
    role: 'role',
    stage: 'status',
    applied: 'appliedAt',
    postingurl: 'url',
    source: 'source',
    location: 'location',
    contact: 'contactName',
    contactemail: 'contactEmail',
    contactphone: 'contactPhone',
    lasteventon: 'statusAt',
    country: 'ignore',
    region: 'ignore',
    timezone: 'ignore',
    lastevent: 'ignore',
    decisionby: 'ignore',
    deadline: 'ignore',
    created: 'ignore',
    updated: 'ignore',
    id: 'ignore',
  },
  restores: {
    country: 'country',
    region: 'region',
    timezone: 'timezone',
    lastevent: 'lastEvent',
    decisionby: 'decisionBy',
    deadline: 'deadline',
    created: 'createdAt',
    updated: 'updatedAt',
    id: 'id',
  },
  source: null,
  formulaGuard: true,
};

/** The characters `csvCell` guards with an apostrophe (src/core/export/to-csv.ts). */
const GUARDED = /^'[=+\-@\t\r]/;

/**
 * A cell without the apostrophe the exporter put before a formula character, and only there: an
 * apostrophe before anything else is the value's own.
 *
 * @example
 * unguardCell("'+1 555 0100") // '+1 555 0100'
 * unguardCell("'Tis the season") // "'Tis the season"
 */
export function unguardCell(raw: string | undefined): string | undefined {
  return raw !== undefined && GUARDED.test(raw) ? raw.slice(1) : raw;
}

/** The event kind that is the last step of each stage, as `eventsForStage` writes it. */
const LAST_STEP: Record<Stage, string | null> = {
  saved: null,
  applied: 'applied',
  interviewing: 'interview',
  offer: 'offer',
  rejected: 'rejection',
  withdrawn: 'withdrawn',
  ghosted: 'ghosted',
};

const DAY = /^\d{4}-\d{2}-\d{2}$/;
const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{3})?Z$/;
const ID = /^[A-Za-z0-9_-]{1,100}$/;

/**
 * The restored columns of a row, each kept only when it is well formed (a bad one is left out with a
 * warning), and whether the Last event on date dates the stage: only when the last event is the stage's
 * own last step, since a later note or reply says nothing of when the stage was reached.
 *
 * @example
 * restoredOf({ country: 'DE', lastEvent: 'note' }, 'interviewing', warnings)
 * // { restored: { country: 'DE', region: null, ..., keep: null }, datesStage: false }
 */
export function restoredOf(
  values: Partial<Record<RestoredField, string>>,
  stage: Stage,
  warnings: string[],
): { restored: Restored; datesStage: boolean } {
  const checked = (field: RestoredField, ok: (v: string) => boolean): string | null => {
    const value = values[field];
    if (value === undefined) return null;
    if (ok(value)) return value;
    warnings.push(`${field} "${value}" is not valid; it is left out`);
    return null;
  };
  const id = checked('id', (v) => ID.test(v));
  const createdAt = checked('createdAt', (v) => INSTANT.test(v) && !Number.isNaN(Date.parse(v)));
  const updatedAt = checked('updatedAt', (v) => INSTANT.test(v) && !Number.isNaN(Date.parse(v)));
  return {
    restored: {
      country: checked('country', (v) => /^[A-Z]{2}$/.test(v)),
      region: checked('region', (v) => /^[A-Z0-9]{1,3}$/.test(v)),
      timezone: checked('timezone', (v) => IANAZone.isValidZone(v)),
      decisionBy: checked('decisionBy', (v) => DAY.test(v)),
      deadline: checked('deadline', (v) => DAY.test(v)),
      keep: id !== null && createdAt !== null && updatedAt !== null ? { id, createdAt, updatedAt } : null,
    },
    datesStage: values.lastEvent !== undefined && values.lastEvent === LAST_STEP[stage],
  };
}
