import { describe, expect, it } from 'vitest';
import { OPEN_POLICY } from '../model';
import type { AppEvent, Application, Contact } from '../model';
import { prepareImport } from '../import';
import { APPLICATION_CSV_COLUMNS, applicationCsvRows } from './applications-csv';
import { toCsv } from './to-csv';

const app = (id: string, patch: Partial<Application> = {}): Application => ({
  id,
  company: 'Acme',
  role: 'Engineer',
  postingUrl: null,
  postingText: null,
  source: null,
  location: null,
  country: null,
  region: null,
  timezone: null,
  stage: 'applied',
  playbook: null,
  policy: { ...OPEN_POLICY },
  decisionBy: null,
  deadline: null,
  createdAt: '2026-01-02T10:00:00Z',
  appliedAt: '2026-01-02T23:30:00Z',
  updatedAt: '2026-01-03T10:00:00Z',
  ...patch,
});
const contact = (
  id: string,
  applicationId: string,
  createdAt: string,
  name: string,
  patch: Partial<Contact> = {},
): Contact => ({
  id,
  applicationId,
  name,
  role: 'recruiter',
  email: `${name.toLowerCase()}@acme.example`,
  phone: null,
  phoneIsDirect: false,
  createdAt,
  ...patch,
});
const event = (id: string, applicationId: string, kind: 'applied' | 'rejection', at: string): AppEvent =>
  ({ id, applicationId, kind, at, note: null, source: 'manual', createdAt: at, data: {} }) as AppEvent;

describe('applicationCsvRows', () => {
  const input = {
    applications: [
      app('a1'),
      app('a2', { company: '=EVIL()', role: 'Designer', stage: 'rejected', appliedAt: null }),
    ],
    contacts: [
      contact('c2', 'a1', '2026-01-05T00:00:00Z', 'Later'),
      contact('c1', 'a1', '2026-01-04T00:00:00Z', 'First'),
    ],
    events: [
      event('e2', 'a2', 'rejection', '2026-01-10T09:00:00Z'),
      event('e1', 'a2', 'applied', '2026-01-02T09:00:00Z'),
    ],
  };

  it('takes the first contact, the latest event, and dates in the user’s zone', () => {
    const [first, second] = applicationCsvRows(input, 'Europe/Berlin');
    expect(first).toMatchObject({
      applied: '2026-01-03',
      contactName: 'First',
      contactEmail: 'first@acme.example',
      lastEvent: null,
      lastEventOn: null,
    });
    expect(second).toMatchObject({
      applied: null,
      contactName: null,
      lastEvent: 'rejection',
      lastEventOn: '2026-01-10',
    });
    expect(applicationCsvRows(input, 'America/New_York')[0]?.applied).toBe('2026-01-02');
  });

  it('writes a file that guards formulas and that hearback’s importer reads back, guard taken off', () => {
    const csv = toCsv(applicationCsvRows(input, 'Europe/Berlin'), APPLICATION_CSV_COLUMNS);
    expect(csv).toContain("\r\n'=EVIL(),Designer,rejected,");
    const back = prepareImport(new TextEncoder().encode(csv), {
      zone: 'Europe/Berlin',
      now: '2026-01-15T10:00:00Z',
    });
    expect(back.kind === 'ready' && back.file.format).toBe('hearback');
    expect(
      back.kind === 'ready' &&
        back.rows.map((r) =>
          r.kind === 'ok' ? [r.application.company, r.application.role, r.stage] : r.reason,
        ),
    ).toEqual([
      ['Acme', 'Engineer', 'applied'],
      ['=EVIL()', 'Designer', 'rejected'],
    ]);
  });

  it.each([
    [
      'prefers the hiring manager with an address to an interviewer without one created before',
      [
        contact('c1', 'a1', '2026-01-04T00:00:00Z', 'Jared Dunn', { role: 'interviewer', email: null }),
        contact('c2', 'a1', '2026-01-05T00:00:00Z', 'Monica Hall', { role: 'hiring_manager' }),
      ],
      'Monica Hall',
    ],
    [
      'prefers a recruiter with an address to an interviewer with one created before',
      [
        contact('c1', 'a1', '2026-01-04T00:00:00Z', 'Gilfoyle', { role: 'interviewer' }),
        contact('c2', 'a1', '2026-01-05T00:00:00Z', 'Laurie', { role: 'recruiter' }),
      ],
      'Laurie',
    ],
    [
      'prefers anyone with an address to a hiring manager without one',
      [
        contact('c1', 'a1', '2026-01-04T00:00:00Z', 'Gavin', { role: 'hiring_manager', email: null }),
        contact('c2', 'a1', '2026-01-05T00:00:00Z', 'Dinesh', { role: 'other' }),
      ],
      'Dinesh',
    ],
    [
      'takes the earliest created when none has an address',
      [
        contact('c2', 'a1', '2026-01-05T00:00:00Z', 'Later', { role: 'hiring_manager', email: null }),
        contact('c1', 'a1', '2026-01-04T00:00:00Z', 'Jared Dunn', { role: 'interviewer', email: null }),
      ],
      'Jared Dunn',
    ],
  ])('%s', (_name, contacts, expected) => {
    const [row] = applicationCsvRows({ applications: [app('a1')], contacts, events: [] }, 'UTC');
    expect(row?.contactName).toBe(expected);
  });

  it('writes the contact policy in words, and nothing for an open one', () => {
    const policy = { noContact: true, noCalls: true, noAgencies: true, onlyShortlistedContacted: true };
    const rows = applicationCsvRows(
      { applications: [app('a1', { policy }), app('a2')], contacts: [], events: [] },
      'UTC',
    );
    expect(rows.map((r) => r.policy)).toEqual([
      'no contact; no calls; no agencies; only shortlisted hear back',
      null,
    ]);
  });

  it('is read back exactly from a file exported before the Contact policy column, with an open policy', () => {
    const old = APPLICATION_CSV_COLUMNS.filter((c) => c.key !== 'policy');
    expect(old).toHaveLength(APPLICATION_CSV_COLUMNS.length - 1);
    const csv = toCsv(applicationCsvRows(input, 'Europe/Berlin'), old);
    expect(csv.split('\r\n')[0]).toBe(
      '\uFEFFCompany,Role,Stage,Applied,Posting URL,Source,Location,Country,Region,Time zone,Contact,Contact email,' +
        'Contact phone,Last event,Last event on,Decision by,Deadline,Created,Updated,Id',
    );
    const back = prepareImport(new TextEncoder().encode(csv), { zone: 'Europe/Berlin', now: '2026-01-15T10:00:00Z' });
    expect(back.kind === 'ready' && [back.file.format, back.file.confidence]).toEqual(['hearback', 'exact']);
    expect(back.kind === 'ready' && back.rows.map((r) => r.kind === 'ok' && r.application.policy)).toEqual([
      OPEN_POLICY,
      OPEN_POLICY,
    ]);
  });
});
