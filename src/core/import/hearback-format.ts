import { IANAZone } from 'luxon';
import { isKnownCountry, regionsOf } from '../calendar/public-holidays';
import { EVENT_KINDS } from '../model';
import type { ContactPolicy, EventKind, Stage } from '../model';
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
  'lastEventOn',
  'policy',
] as const;
export type RestoredField = (typeof RESTORED_FIELDS)[number];

/** What a restored column gives the application, each value checked. */
export interface Restored {
  country: string | null;
  region: string | null;
  timezone: string | null;
  decisionBy: string | null;
  deadline: string | null;
  /** The posting's contact policy, or `null` when the column is missing or empty (the open policy). */
  policy: ContactPolicy | null;
  /** The application's own id and bookkeeping times, kept when the store does not hold that id yet. */
  keep: { id: string; createdAt: string; updatedAt: string } | null;
}

/**
 * hearback's own export, recognised by its exact header row. The signature leaves out Contact policy, the
 * newest column, so that files exported before it was added are still recognised exactly. Its Last event
 * on column dates the stage's last step (see `restoredOf`).
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
    contactpolicy: 'ignore',
    created: 'ignore',
    updated: 'ignore',
    id: 'ignore',
  },
  restores: {
    country: 'country',
    region: 'region',
    timezone: 'timezone',
    lastevent: 'lastEvent',
    lasteventon: 'lastEventOn',
    decisionby: 'decisionBy',
    deadline: 'deadline',
    contactpolicy: 'policy',
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

/**
 * The words of the Contact policy column, in the order the exporter writes them. They are a person's
 * words, not flag names, so that the column reads well in a spreadsheet and can be edited there.
 */
const POLICY_WORDS: readonly [keyof ContactPolicy, string][] = [
  ['noContact', 'no contact'],
  ['noCalls', 'no calls'],
  ['noAgencies', 'no agencies'],
  ['onlyShortlistedContacted', 'only shortlisted hear back'],
];

/**
 * A contact policy in words, joined by "; ", or `null` when it asks for nothing (an empty cell).
 *
 * @example
 * contactPolicyWords({ noContact: true, noCalls: true, noAgencies: false, onlyShortlistedContacted: false })
 * // 'no contact; no calls'
 */
export function contactPolicyWords(policy: ContactPolicy): string | null {
  const words = POLICY_WORDS.filter(([flag]) => policy[flag]).map(([, word]) => word);
  return words.length === 0 ? null : words.join('; ');
}

/**
 * The policy a Contact policy cell names, ignoring case and spacing. A phrase it does not know is left out
 * with a warning, and the ones it knows are kept: a typo must not lift a "no contact".
 *
 * @example
 * parseContactPolicy('No contact;  no calls', warnings) // { noContact: true, noCalls: true, ... }
 */
export function parseContactPolicy(cell: string, warnings: string[]): ContactPolicy {
  const policy: ContactPolicy = { noContact: false, noCalls: false, noAgencies: false, onlyShortlistedContacted: false };
  for (const phrase of cell.split(';')) {
    const said = phrase.trim().replace(/\s+/g, ' ').toLowerCase();
    if (said === '') continue;
    const known = POLICY_WORDS.find(([, word]) => word === said);
    if (known) policy[known[0]] = true;
    else warnings.push(`contact policy "${phrase.trim()}" is not one hearback knows; it is left out`);
  }
  return policy;
}

/** The event kind that is the last step of each stage, as `eventsForStage` writes it, and its name. */
const LAST_STEP: Record<Stage, { kind: EventKind; name: string } | null> = {
  saved: null,
  applied: { kind: 'applied', name: 'application' },
  interviewing: { kind: 'interview', name: 'interview' },
  offer: { kind: 'offer', name: 'offer' },
  rejected: { kind: 'rejection', name: 'rejection' },
  withdrawn: { kind: 'withdrawn', name: 'withdrawal' },
  ghosted: { kind: 'ghosted', name: 'silence' },
};
const STEP_KINDS: ReadonlySet<string> = new Set(Object.values(LAST_STEP).flatMap((s) => (s ? [s.kind] : [])));

const DAY = /^\d{4}-\d{2}-\d{2}$/;
const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{3})?Z$/;
const ID = /^[A-Za-z0-9_-]{1,100}$/;

/**
 * Whether the Last event on date dates the stage's last step. It does when the last event is that step. It
 * also does when the last event is one that follows a step (a thank-you, a reply, a note): the step came no
 * later, and its date is nearer than the application date, which would otherwise date it and make every
 * check-in after an interview overdue since the day of applying. The applied stage is dated by its own
 * column, and a step of another stage says only that the stage was set by hand after it, so neither dates.
 */
function datesStage(values: Partial<Record<RestoredField, string>>, stage: Stage, warnings: string[]): boolean {
  const step = LAST_STEP[stage];
  const { lastEvent, lastEventOn } = values;
  if (step === null || lastEvent === undefined || lastEventOn === undefined) return false;
  if (lastEvent === step.kind) return true;
  if (stage === 'applied' || STEP_KINDS.has(lastEvent) || !(EVENT_KINDS as readonly string[]).includes(lastEvent))
    return false;
  const what = lastEvent.replace(/_/g, ' ');
  warnings.push(
    `the last event (${what}, ${lastEventOn}) came after the ${step.name}; the ${step.name} is dated on that day, the latest it can have been`,
  );
  return true;
}

/**
 * The restored columns of a row, each kept only when it is well formed (a bad one is left out with a
 * warning), and whether the Last event on date dates the stage (see `datesStage`).
 *
 * @example
 * restoredOf({ country: 'DE', lastEvent: 'applied', lastEventOn: '2025-01-02' }, 'interviewing', warnings)
 * // { restored: { country: 'DE', region: null, ..., policy: null, keep: null }, datesStage: false }
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
  // Country and region are checked against the holiday data the planner will ask, so that a file naming
  // a place it cannot plan in loses that cell with a warning instead of failing the whole import.
  const country = checked('country', (v) => /^[A-Z]{2}$/.test(v) && isKnownCountry(v));
  const region = country === null ? null : checked('region', (v) => Object.hasOwn(regionsOf(country), v));
  if (country === null && values.region !== undefined) warnings.push(`region "${values.region}" has no known country; it is left out`);
  return {
    restored: {
      country,
      region,
      timezone: checked('timezone', (v) => IANAZone.isValidZone(v)),
      decisionBy: checked('decisionBy', (v) => DAY.test(v)),
      deadline: checked('deadline', (v) => DAY.test(v)),
      policy: values.policy === undefined ? null : parseContactPolicy(values.policy, warnings),
      keep: id !== null && createdAt !== null && updatedAt !== null ? { id, createdAt, updatedAt } : null,
    },
    datesStage: datesStage(values, stage, warnings),
  };
}
