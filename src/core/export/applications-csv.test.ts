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
const contact = (id: string, applicationId: string, createdAt: string, name: string): Contact => ({
  id,
  applicationId,
  name,
  role: 'recruiter',
  email: `${name.toLowerCase()}@acme.example`,
  phone: null,
  phoneIsDirect: false,
  createdAt,
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
});
