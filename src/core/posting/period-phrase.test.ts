import { describe, expect, it } from 'vitest';
import { formatIsoDate, parseIsoDate } from './calendar';
import { findPeriodPhrase } from './period-phrase';

// A Monday.
const reference = parseIsoDate('2025-02-03') ?? 0;

function read(window: string, relative = true): { text: string; date: string } | null {
  const hit = findPeriodPhrase(window, reference, relative);
  return hit === null
    ? null
    : { text: window.slice(hit.index, hit.index + hit.length), date: formatIsoDate(hit.day) };
}

describe('findPeriodPhrase', () => {
  it.each([
    [
      'counts "within two weeks" from the reference',
      'to you within two weeks.',
      'within two weeks',
      '2025-02-17',
    ],
    ['counts digits as well as words', 'in 10 days', 'in 10 days', '2025-02-13'],
    ['counts working days without weekends', 'within 5 working days', 'within 5 working days', '2025-02-10'],
    [
      'counts business days without weekends',
      'within 3 business days',
      'within 3 business days',
      '2025-02-06',
    ],
    ['reads a range at its far end', 'within 2-3 weeks', 'within 2-3 weeks', '2025-02-24'],
    ['rounds hours up to whole days', 'within 48 hours', 'within 48 hours', '2025-02-05'],
    ['reads "a couple of weeks" as two', 'in a couple of weeks', 'in a couple of weeks', '2025-02-17'],
    ['reads "the next month"', 'over the next month', 'over the next month', '2025-03-03'],
    ['reads a fortnight as 14 days', 'within a fortnight', 'within a fortnight', '2025-02-17'],
    [
      'reads "end of the month" as its last day',
      'by the end of the month',
      'the end of the month',
      '2025-02-28',
    ],
    ['reads "end of next month"', 'by the end of next month', 'the end of next month', '2025-03-31'],
    [
      'reads "end of this week" as its Friday',
      'by the end of this week',
      'the end of this week',
      '2025-02-07',
    ],
    ['reads "next week" as its Friday', 'some time next week', 'next week', '2025-02-14'],
    ['reads "end of March" as 31 March', 'decisions by end of March.', 'end of March', '2025-03-31'],
    [
      'keeps a stated year on a named month',
      'by the end of April 2026',
      'the end of April 2026',
      '2026-04-30',
    ],
    ['reads mid-April as the 15th', 'in mid-April', 'mid-April', '2025-04-15'],
  ])('%s', (_name, window, text, date) => {
    expect(read(window)).toEqual({ text, date });
  });

  it.each([
    ['leaves "a few weeks" unread, it states no length', 'within a few weeks'],
    ['leaves "shortly" unread', 'we will respond shortly'],
    ['needs a preposition before a count', 'two weeks of paid leave'],
    ['ignores a month word inside another word', 'end of Marching band season'],
    ['ignores absurd periods', 'within 400 days'],
  ])('%s', (_name, window) => {
    expect(read(window)).toBeNull();
  });

  it('reads only named months when relative periods are not wanted', () => {
    expect(read('within two weeks', false)).toBeNull();
    expect(read('by end of March', false)).toEqual({ text: 'end of March', date: '2025-03-31' });
  });
});
