import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { csvCell } from '../export/to-csv';
import { OPEN_POLICY } from '../model';
import type { ContactPolicy } from '../model';
import { contactPolicyWords, parseContactPolicy, restoredOf, unguardCell } from './hearback-format';

describe('unguardCell', () => {
  it.each([
    ['takes the guard off a phone number', "'+1 555 0100", '+1 555 0100'],
    ['takes the guard off a formula', "'=HYPERLINK(\"x\")", '=HYPERLINK("x")'],
    ['keeps an apostrophe the value starts with', "'Tis the season", "'Tis the season"],
    ['keeps a value without one', 'Acme', 'Acme'],
    ['keeps a missing cell missing', undefined, undefined],
  ])('%s', (_name, cell, expected) => {
    expect(unguardCell(cell)).toBe(expected);
  });

  it('undoes exactly what the exporter guards, for any value that does not start with an apostrophe', () => {
    fc.assert(
      fc.property(
        fc.string().filter((v) => v !== '' && !v.startsWith("'")),
        (value) => {
          const written = csvCell(value);
          const cell = written.startsWith('"') ? written.slice(1, -1).replace(/""/g, '"') : written;
          expect(unguardCell(cell)).toBe(value);
        },
      ),
    );
  });
});

describe('contact policy words', () => {
  const policy = (patch: Partial<ContactPolicy>): ContactPolicy => ({ ...OPEN_POLICY, ...patch });
  it.each([
    ['reads every flag in the words the exporter writes', 'no contact; no calls; no agencies; only shortlisted hear back', policy({ noContact: true, noCalls: true, noAgencies: true, onlyShortlistedContacted: true }), []],
    ['ignores case, spacing and empty phrases', ' No  Contact ;; NO CALLS ', policy({ noContact: true, noCalls: true }), []],
    ['keeps the phrases it knows and names the one it does not', 'no contact; no emails', policy({ noContact: true }), ['contact policy "no emails" is not one hearback knows; it is left out']],
  ])('%s', (_name, cell, expected, warnings) => {
    const seen: string[] = [];
    expect(parseContactPolicy(cell, seen)).toEqual(expected);
    expect(seen).toEqual(warnings);
  });

  it('reads back every policy it writes, and writes nothing for the open one', () => {
    expect(contactPolicyWords(OPEN_POLICY)).toBeNull();
    fc.assert(
      fc.property(fc.boolean(), fc.boolean(), fc.boolean(), fc.boolean(), (a, b, c, d) => {
        const written = { noContact: a, noCalls: b, noAgencies: c, onlyShortlistedContacted: d };
        expect(parseContactPolicy(contactPolicyWords(written) ?? '', [])).toEqual(written);
      }),
    );
  });

  it('never throws on garbage, and lifts no flag from it unless it names one', () => {
    fc.assert(
      fc.property(fc.string(), (cell) => {
        const seen: string[] = [];
        const parsed = parseContactPolicy(cell, seen);
        if (seen.length === 0 && cell.replace(/[\s;]/g, '') === '') expect(parsed).toEqual(OPEN_POLICY);
      }),
    );
  });
});

describe('restoredOf', () => {
  const interviewNote =
    'the last event (thank you sent, 2025-01-09) came after the interview; the interview is dated on that day, the latest it can have been';
  it.each([
    [
      'keeps well-formed values and dates the stage by the last event when it is the stage’s last step',
      'interviewing',
      { country: 'DE', timezone: 'Europe/Berlin', lastEvent: 'interview', lastEventOn: '2025-01-09', id: 'app_1', createdAt: '2025-01-02T03:04:05.000Z', updatedAt: '2025-01-03T03:04:05.000Z' },
      { country: 'DE', timezone: 'Europe/Berlin', policy: null, keep: { id: 'app_1', createdAt: '2025-01-02T03:04:05.000Z', updatedAt: '2025-01-03T03:04:05.000Z' } },
      true,
      [],
    ],
    [
      'leaves out a bad value with a warning, and dates an interview by a later note, the latest it can be',
      'interviewing',
      { timezone: 'Mars/Olympus', lastEvent: 'thank_you_sent', lastEventOn: '2025-01-09', id: 'app_1' },
      { timezone: null, keep: null },
      true,
      ['timezone "Mars/Olympus" is not valid; it is left out', interviewNote],
    ],
    [
      'reads the contact policy',
      'rejected',
      { policy: 'no contact; no calls', lastEvent: 'rejection', lastEventOn: '2025-01-09' },
      { policy: { ...OPEN_POLICY, noContact: true, noCalls: true } },
      true,
      [],
    ],
    ['keeps a region of its country', 'applied', { country: 'US', region: 'CA' }, { country: 'US', region: 'CA' }, false, []],
    [
      'leaves out a country the holiday data does not know, and the region that came with it',
      'applied',
      { country: 'ZZ', region: 'CA' },
      { country: null, region: null },
      false,
      ['country "ZZ" is not valid; it is left out', 'region "CA" has no known country; it is left out'],
    ],
    [
      'leaves out a region that is not one of its country’s, keeping the country',
      'applied',
      { country: 'US', region: 'XX' },
      { country: 'US', region: null },
      false,
      ['region "XX" is not valid; it is left out'],
    ],
    ['dates nothing without a Last event on date', 'interviewing', { lastEvent: 'interview' }, {}, false, []],
    ['leaves the applied stage to its own column after a later follow-up', 'applied', { lastEvent: 'follow_up_sent', lastEventOn: '2025-01-09' }, {}, false, []],
    ['does not date a stage set by hand after another stage’s step', 'rejected', { lastEvent: 'interview', lastEventOn: '2025-01-09' }, {}, false, []],
    ['does not date a stage by an event kind it does not know', 'offer', { lastEvent: 'party', lastEventOn: '2025-01-09' }, {}, false, []],
  ] as const)('%s', (_name, stage, values, restored, datesStage, warnings) => {
    const seen: string[] = [];
    const result = restoredOf(values, stage, seen);
    expect(result.restored).toMatchObject(restored);
    expect(result.datesStage).toBe(datesStage);
    expect(seen).toEqual(warnings);
  });
});
