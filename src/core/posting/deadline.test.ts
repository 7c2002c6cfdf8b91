import { describe, expect, it } from 'vitest';
import { parseIsoDate } from './calendar';
import { findDeadlines } from './deadline';

const reference = parseIsoDate('2025-02-03') ?? 0;

function deadlines(text: string, monthFirst = false): { text: string; value: string | undefined }[] {
  return findDeadlines(text, { reference, monthFirst }).map((f) => ({ text: f.text, value: f.value }));
}

describe('findDeadlines', () => {
  it.each([
    ['reads a closing-date label', 'Closing date: 15/03/2025', 'Closing date: 15/03/2025', '2025-03-15'],
    ['reads "apply by" with a month-first date', 'Apply by March 15.', 'Apply by March 15', '2025-03-15'],
    [
      'reads "applications close on"',
      'Applications close on Friday 7 March 2025.',
      'Applications close on Friday 7 March 2025',
      '2025-03-07',
    ],
    [
      'reads "deadline for applications"',
      'The deadline for applications is 28 February.',
      'deadline for applications is 28 February',
      '2025-02-28',
    ],
    [
      'reads "application deadline"',
      'Application deadline: 2025-03-01',
      'Application deadline: 2025-03-01',
      '2025-03-01',
    ],
    [
      'reads a bare "Deadline:" label at the start of a line',
      'Salary: competitive\nDeadline: 10 March',
      'Deadline: 10 March',
      '2025-03-10',
    ],
    [
      'reads "must be received by"',
      'All applications must be received by 5pm on 14 March.',
      'applications must be received by 5pm on 14 March',
      '2025-03-14',
    ],
    [
      'reads "send your CV … by"',
      'Send your CV to jobs@acme.com by 20 March.',
      'Send your CV to jobs@acme.com by 20 March',
      '2025-03-20',
    ],
    [
      'reads "this vacancy closes"',
      'This vacancy closes on 31st March.',
      'vacancy closes on 31st March',
      '2025-03-31',
    ],
    [
      'reads "applications close at the end of March"',
      'Applications close at the end of March.',
      'Applications close at the end of March',
      '2025-03-31',
    ],
    [
      'reads "last date to apply"',
      'Last date to apply: 12.03.2025',
      'Last date to apply: 12.03.2025',
      '2025-03-12',
    ],
  ])('%s', (_name, text, span, value) => {
    expect(deadlines(text)).toEqual([{ text: span, value }]);
  });

  it('reads 03/04/2025 as 4 March with the US order', () => {
    expect(deadlines('Closing date: 03/04/2025', true)).toEqual([
      { text: 'Closing date: 03/04/2025', value: '2025-03-04' },
    ]);
  });

  it.each([
    ['ignores "meet tight deadlines"', 'You can meet tight deadlines by 15 March targets.'],
    ['ignores a deadline-driven environment', 'Thrives in a deadline-driven environment since 1 March 2024.'],
    ['ignores a project deadline', 'The project deadline is March 15.'],
    ['ignores "deadline:" in the middle of a sentence', 'Works to a tight deadline: 15 March launches.'],
    ['ignores "apply by email"', 'Apply by email to jobs@acme.com. Start date 1 April.'],
    ['ignores a date in the next sentence', 'Closing date to be confirmed. Start on 1 April.'],
    [
      'ignores a date too far from the cue',
      'Applications close when we have found the right person for our team, which we hope is 1 April.',
    ],
    [
      'ignores a relative period, which would depend on when the user applied',
      'Applications close within two weeks.',
    ],
    ['ignores "send your CV" with a date not introduced by "by"', 'Send your CV and start on 1 April.'],
  ])('%s', (_name, text) => {
    expect(deadlines(text)).toEqual([]);
  });
});
