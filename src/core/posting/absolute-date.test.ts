import { describe, expect, it } from 'vitest';
import { findAbsoluteDate } from './absolute-date';
import { formatIsoDate, parseIsoDate } from './calendar';

const reference = parseIsoDate('2025-02-03') ?? 0;

function read(window: string, monthFirst: boolean): { text: string; date: string } | null {
  const hit = findAbsoluteDate(window, reference, monthFirst);
  return hit === null
    ? null
    : { text: window.slice(hit.index, hit.index + hit.length), date: formatIsoDate(hit.day) };
}

describe('findAbsoluteDate', () => {
  it.each([
    ['reads 03/04/2025 day first outside the US', '03/04/2025', false, '03/04/2025', '2025-04-03'],
    ['reads 03/04/2025 month first in the US', '03/04/2025', true, '03/04/2025', '2025-03-04'],
    [
      'reads 15/03/2025 as 15 March even month first, since 15 is no month',
      '15/03/2025',
      true,
      '15/03/2025',
      '2025-03-15',
    ],
    ['reads "March 15" with day-first order too', 'by March 15.', false, 'March 15', '2025-03-15'],
    ['reads "15th of March 2025"', 'on the 15th of March 2025', false, '15th of March 2025', '2025-03-15'],
    ['reads an ISO date', 'on 2025-03-15', false, '2025-03-15', '2025-03-15'],
    ['reads a weekday with a date', 'Friday, 7 March', false, 'Friday, 7 March', '2025-03-07'],
    ['places a year-less date after the reference', 'by 3 March', false, '3 March', '2025-03-03'],
    [
      'places a year-less date long past in the next year',
      'by 1 December',
      false,
      '1 December',
      '2025-12-01',
    ],
    ['places a year-less date just past in this year', 'on 20 January', false, 'on 20 January', '2025-01-20'],
  ])('%s', (_name, window, monthFirst, text, date) => {
    expect(read(window, monthFirst)).toEqual({ text, date });
  });

  it.each([
    ['ignores a bare year', 'since 2014'],
    ['ignores a month without a day', 'in March 2025'],
    ['ignores a time without a date', 'by 5pm'],
    ['ignores a bare weekday', 'by Friday'],
    ['ignores an impossible day', '31 February 2025'],
    ['ignores a year far from the reference', 'on 15 March 1998'],
    ['ignores a years-of-experience range', '3-4 years of experience'],
  ])('%s', (_name, window) => {
    expect(read(window, false)).toBeNull();
  });
});
