import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { csvCell } from '../export/to-csv';
import { restoredOf, unguardCell } from './hearback-format';

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

describe('restoredOf', () => {
  it.each([
    [
      'keeps well-formed values and dates the stage by the last event when it is the stage’s last step',
      { country: 'DE', timezone: 'Europe/Berlin', lastEvent: 'interview', id: 'app_1', createdAt: '2025-01-02T03:04:05.000Z', updatedAt: '2025-01-03T03:04:05.000Z' },
      { country: 'DE', timezone: 'Europe/Berlin', keep: { id: 'app_1', createdAt: '2025-01-02T03:04:05.000Z', updatedAt: '2025-01-03T03:04:05.000Z' } },
      true,
      [],
    ],
    [
      'leaves out a bad value with a warning, and a note as the last event dates nothing',
      { timezone: 'Mars/Olympus', lastEvent: 'note', id: 'app_1' },
      { timezone: null, keep: null },
      false,
      ['timezone "Mars/Olympus" is not valid; it is left out'],
    ],
  ])('%s', (_name, values, restored, datesStage, warnings) => {
    const seen: string[] = [];
    const result = restoredOf(values, 'interviewing', seen);
    expect(result.restored).toMatchObject(restored);
    expect(result.datesStage).toBe(datesStage);
    expect(seen).toEqual(warnings);
  });
});
