import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { OPEN_POLICY } from '../model';
import type { Application } from '../model';
import { toCanonicalJson } from './canonical-json';
import type { ExportDocument } from './export-document';
import { parseExportJson } from './parse-export-json';

const app: Application = {
  id: 'a1',
  company: 'Acme',
  role: 'Engineer',
  postingUrl: null,
  postingText: null,
  source: null,
  location: null,
  country: null,
  region: null,
  timezone: 'America/New_York',
  stage: 'applied',
  playbook: null,
  policy: { ...OPEN_POLICY },
  decisionBy: null,
  deadline: null,
  createdAt: '2026-01-02T10:00:00Z',
  appliedAt: '2026-01-02T10:00:00Z',
  updatedAt: '2026-01-02T10:00:00Z',
};
const doc: ExportDocument = {
  format: 'hearback-export',
  version: 2,
  exportedAt: '2026-01-15T10:00:00Z',
  settings: null,
  profile: null,
  applications: [app],
  contacts: [
    {
      id: 'c1',
      applicationId: 'a1',
      name: 'Sam',
      role: 'recruiter',
      email: 'sam@acme.example',
      phone: null,
      phoneIsDirect: false,
      createdAt: '2026-01-02T10:00:00Z',
    },
  ],
  events: [
    {
      id: 'e1',
      applicationId: 'a1',
      kind: 'applied',
      at: '2026-01-02T10:00:00Z',
      note: null,
      source: 'import',
      createdAt: '2026-01-02T10:00:00Z',
      data: {},
    },
  ],
  actions: [],
  actionStates: [{ actionId: 'gone', applicationId: 'a1', status: 'skipped', at: '2026-01-03T10:00:00Z' }],
  outbox: [],
  mailRecords: [
    {
      id: 'm1',
      messageId: 'abc@acme.example',
      source: 'imap',
      receivedAt: '2026-01-05T10:00:00Z',
      from: 'sam@acme.example',
      subject: 'Re: Engineer',
      verdict: { kind: 'human_reply', confidence: 0.6, tier: 'medium', evidence: [], returnDate: null, failedRecipient: null },
      link: { applicationId: 'a1', via: 'contact', confidence: 0.9 },
      suggestion: { kind: 'event', event: 'reply', applicationId: 'a1', note: 'Reply from Sam', returnDate: null, address: null, hard: false, contactId: 'c1' },
      status: 'review',
      eventId: null,
      applicationId: 'a1',
      createdAt: '2026-01-05T10:00:01Z',
      updatedAt: '2026-01-05T10:00:01Z',
    },
  ],
};
const json = (value: unknown) => JSON.stringify(value);
const withApp = (patch: Record<string, unknown>) => json({ ...doc, applications: [{ ...app, ...patch }] });

describe('parseExportJson', () => {
  it('reads a canonical export, with or without a byte order mark, keeping a state whose action was replanned away', () => {
    expect(parseExportJson(toCanonicalJson(doc))).toEqual({ ok: true, doc });
    expect(parseExportJson(`\uFEFF${toCanonicalJson(doc)}`)).toEqual({ ok: true, doc });
  });

  it('reads a version 1 file, from before the export carried mail, as one with no outbox and no mail records', () => {
    const { outbox: _outbox, mailRecords: _records, ...v1 } = { ...doc, version: 1 };
    expect(parseExportJson(json(v1))).toEqual({ ok: true, doc: { ...doc, mailRecords: [] } });
  });

  it.each([
    [
      'a mail record of an application the file does not hold',
      json({ ...doc, mailRecords: [{ ...doc.mailRecords[0], applicationId: 'zz' }] }),
      'mailRecords[0].applicationId',
      'no application with id "zz" in the file',
    ],
    ['a mail record with a key the model does not have', json({ ...doc, mailRecords: [{ ...doc.mailRecords[0], password: 'x' }] }), 'mailRecords[0]', 'password'],
    ['text that is not JSON', '{"format":', '', 'the file is not JSON'],
    ['JSON that is not an object', '[]', '', 'the file is not a hearback export: it holds no JSON object'],
    [
      'another program’s JSON',
      json({ format: 'huntr' }),
      'format',
      'the file is not a hearback export: format is "huntr"',
    ],
    [
      'a newer version',
      json({ ...doc, version: 3 }),
      'version',
      'the file is version 3, newer than this hearback reads (2); update hearback',
    ],
    ['a field of the wrong type', withApp({ company: 42 }), 'applications[0].company', 'expected string'],
    ['a stage hearback does not have', withApp({ stage: 'dreaming' }), 'applications[0].stage', ''],
    ['an instant that is not ISO 8601', withApp({ createdAt: 'yesterday' }), 'applications[0].createdAt', ''],
    [
      'an unknown zone',
      withApp({ timezone: 'Mars/Olympus' }),
      'applications[0].timezone',
      'expected an IANA time zone',
    ],
    ['an unknown key, rather than dropping it', withApp({ salary: '100k' }), 'applications[0]', 'salary'],
    [
      'event data that does not fit its kind',
      json({ ...doc, events: [{ ...doc.events[0], kind: 'bounce' }] }),
      'events[0].data.address',
      '',
    ],
    [
      'a contact of an application not in the file',
      json({ ...doc, contacts: [{ ...doc.contacts[0], applicationId: 'zz' }] }),
      'contacts[0].applicationId',
      'no application with id "zz" in the file',
    ],
    [
      'an id used twice',
      json({ ...doc, applications: [app, app] }),
      'applications[1]',
      'the id "a1" is used twice',
    ],
  ])('names the path of %s', (_name, text, path, message) => {
    const result = parseExportJson(text);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems[0]?.path).toBe(path);
    expect(result.problems[0]?.message).toContain(message);
  });

  it('never throws, whatever the text or JSON value', () => {
    fc.assert(fc.property(fc.string({ maxLength: 100 }), (text) => void parseExportJson(text)));
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const result = parseExportJson(JSON.stringify({ ...doc, applications: [value] }));
        if (!result.ok) expect(result.problems.length).toBeGreaterThan(0);
      }),
    );
  });
});
