import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dueLead, emptyLead, laterToday } from './today-lead';

describe('laterToday', () => {
  it.each([
    [
      'counts what opens this afternoon in the user zone',
      ['2026-12-07T14:00:00Z', '2026-12-07T15:00:00Z'],
      '2026-12-07T03:40:00Z',
      'UTC',
      2,
    ],
    ['leaves out what opens tomorrow', ['2026-12-08T08:00:00Z'], '2026-12-07T03:40:00Z', 'UTC', 0],
    [
      'reads the day in the user zone, not in UTC',
      ['2026-12-08T02:00:00Z'],
      '2026-12-07T20:00:00Z',
      'America/New_York',
      1,
    ],
    [
      'leaves out an evening that is already tomorrow for a Tokyo user',
      ['2026-12-07T16:00:00Z'],
      '2026-12-07T10:00:00Z',
      'Asia/Tokyo',
      0,
    ],
    ['counts nothing in an empty list', [], '2026-12-07T03:40:00Z', 'UTC', 0],
  ])('%s', (_name, starts, now, zone, expected) => {
    expect(laterToday(starts, now, zone)).toBe(expected);
  });

  it('never counts more than it is given', () => {
    const instant = fc
      .date({ min: new Date('2020-01-01'), max: new Date('2030-01-01'), noInvalidDate: true })
      .map((d) => d.toISOString());
    fc.assert(
      fc.property(
        fc.array(instant, { maxLength: 20 }),
        instant,
        (starts, now) => laterToday(starts, now, 'Europe/Berlin') <= starts.length,
      ),
    );
  });
});

describe('dueLead', () => {
  it.each([
    ['says today when nothing opens later', 1, 0, 'One thing to do today.'],
    ['counts several', 4, 0, '4 things to do today.'],
    ['says now, and what opens later today', 1, 3, 'One thing to do now, and 3 more later today.'],
    ['counts both', 2, 1, '2 things to do now, and 1 more later today.'],
  ])('%s', (_name, now, later, expected) => {
    expect(dueLead(now, later)).toBe(expected);
  });
});

describe('emptyLead', () => {
  it.each([
    ['says nothing is due today when nothing opens later', 0, { heading: 'Nothing due today', line: null }],
    [
      'says nothing is due right now when one thing opens later',
      1,
      {
        heading: 'Nothing due right now',
        line: 'One thing opens later today; it is listed under Next 7 days.',
      },
    ],
    [
      'counts several',
      3,
      {
        heading: 'Nothing due right now',
        line: '3 things open later today; they are listed under Next 7 days.',
      },
    ],
  ])('%s', (_name, later, expected) => {
    expect(emptyLead(later)).toEqual(expected);
  });
});
