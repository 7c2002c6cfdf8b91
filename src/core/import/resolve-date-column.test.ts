import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { resolveDateColumn } from './resolve-date-column';

const zone = 'Europe/Berlin';
const dates = (result: ReturnType<typeof resolveDateColumn>) =>
  result.ok ? result.parsed.map((p) => p?.date ?? null) : null;

describe('resolveDateColumn', () => {
  it.each([
    [
      'decides day-first from one day above 12, for the whole column',
      ['03/04/2024', '25/04/2024', '07/05/2024'],
      'DMY',
      ['2024-04-03', '2024-04-25', '2024-05-07'],
    ],
    [
      'decides month-first from one day above 12 in second place',
      ['03/04/2024', '04/25/2024'],
      'MDY',
      ['2024-03-04', '2024-04-25'],
    ],
    [
      'needs no order for ISO dates',
      ['2024-11-20', '2024-11-20T08:15:00Z', ''],
      'ISO',
      ['2024-11-20', '2024-11-20', null],
    ],
    ['needs no order for month names', ['Nov 20, 2024', '3 Dec 2024'], 'ISO', ['2024-11-20', '2024-12-03']],
    ['treats empty and "N/A" cells as no date', ['', 'N/A', '25/12/2024'], 'DMY', [null, null, '2024-12-25']],
    [
      'needs no decision when day and month are the same',
      ['05/05/2024', '07/07/2024'],
      'DMY',
      ['2024-05-05', '2024-07-07'],
    ],
  ])('%s', (_name, values, order, expected) => {
    const result = resolveDateColumn(values, { zone });
    expect(result).toMatchObject({ ok: true, order, decidedBy: 'values', invalid: [] });
    expect(dates(result)).toEqual(expected);
  });

  it('asks, with examples, when no value decides', () => {
    expect(resolveDateColumn(['03/04/2024', '05/06/2024', '07/07/2024'], { zone })).toEqual({
      ok: false,
      ambiguous: true,
      conflict: false,
      candidates: ['DMY', 'MDY'],
      examples: ['03/04/2024', '05/06/2024'],
    });
  });

  it('asks, naming both kinds, when values contradict each other', () => {
    expect(resolveDateColumn(['13/04/2024', '04/13/2024'], { zone })).toEqual({
      ok: false,
      ambiguous: true,
      conflict: true,
      candidates: ['MDY', 'DMY'],
      examples: ['04/13/2024', '13/04/2024'],
    });
  });

  it.each([
    ['the order the user gave, over the values', { dateOrder: 'MDY' as const }, 'given', 'MDY'],
    ['another column of the file', { fileOrder: 'DMY' as const }, 'file', 'DMY'],
    ['the format’s order', { formatOrder: 'MDY' as const }, 'format', 'MDY'],
  ])('settles an undecided column by %s', (_name, hints, decidedBy, order) => {
    expect(resolveDateColumn(['03/04/2024'], { zone, ...hints })).toMatchObject({
      ok: true,
      decidedBy,
      order,
    });
  });


  it('lets the values win over the format’s order', () => {
    expect(resolveDateColumn(['25/04/2024'], { zone, formatOrder: 'MDY' })).toMatchObject({
      ok: true,
      order: 'DMY',
      decidedBy: 'values',
    });
  });

  it('marks values that are not dates in the chosen order, and keeps the others', () => {
    const result = resolveDateColumn(['25/04/2024', '31/02/2024', 'soon', '01/05/2024'], { zone });
    expect(result).toMatchObject({ ok: true, order: 'DMY', invalid: [1, 2] });
    expect(dates(result)).toEqual(['2024-04-25', null, null, '2024-05-01']);
  });

  it('reads a LinkedIn column, month first, in the user’s zone', () => {
    const result = resolveDateColumn(['11/20/24, 8:15 AM', '10/3/24, 11:47 AM'], {
      zone: 'America/New_York',
      formatOrder: 'MDY',
    });
    expect(result).toMatchObject({ ok: true, order: 'MDY', decidedBy: 'values' });
    expect(result.ok && result.parsed.map((p) => p?.at)).toEqual([
      '2024-11-20T13:15:00Z',
      '2024-10-03T15:47:00Z',
    ]);
  });

  it('never throws, and answers with one entry per value or with an ambiguity', () => {
    const cell = fc.oneof(
      fc.string({ maxLength: 20 }),
      fc
        .tuple(
          fc.integer({ min: 0, max: 40 }),
          fc.integer({ min: 0, max: 40 }),
          fc.integer({ min: 0, max: 2100 }),
        )
        .map(([a, b, c]) => `${a}/${b}/${c}`),
    );
    fc.assert(
      fc.property(
        fc.array(cell, { maxLength: 15 }),
        fc.constantFrom(undefined, 'MDY', 'DMY', 'YMD'),
        (values, dateOrder) => {
          const result = resolveDateColumn(values, { zone, dateOrder });
          if (result.ok) expect(result.parsed).toHaveLength(values.length);
          else expect(dateOrder).toBeUndefined();
        },
      ),
    );
  });
});
