import { describe, expect, it } from 'vitest';
import { parseIsoDate } from './calendar';
import { findCuedDates, type CueDateOptions, type DateCue } from './cue-date';

const options: CueDateOptions = {
  kind: 'deadline',
  reference: parseIsoDate('2025-02-03') ?? 0,
  monthFirst: false,
  periods: 'none',
};

function spans(
  text: string,
  cue: DateCue,
  overrides: Partial<CueDateOptions> = {},
): [string, string | undefined][] {
  return findCuedDates(text, [cue], { ...options, ...overrides }).map((f) => [f.text, f.value]);
}

describe('findCuedDates', () => {
  it.each<[string, string, DateCue, [string, string][]]>([
    [
      'spans cue and date together',
      'Closing date: 15/03/2025.',
      { pattern: /closing date/gi },
      [['Closing date: 15/03/2025', '2025-03-15']],
    ],
    [
      'reads each cue once',
      'Closing date 1 March; closing date 8 March',
      { pattern: /closing date/gi },
      [
        ['Closing date 1 March', '2025-03-01'],
        ['closing date 8 March', '2025-03-08'],
      ],
    ],
    [
      'needs "by" when asked to',
      'Send it to Jo by 3 March',
      { pattern: /send it/gi, needsPreposition: true },
      [['Send it to Jo by 3 March', '2025-03-03']],
    ],
    [
      'accepts a label at the start of a line',
      'Pay: good\nDeadline: 3 March',
      { pattern: /deadline:/gi, atLineStart: true },
      [['Deadline: 3 March', '2025-03-03']],
    ],
  ])('%s', (_name, text, cue, expected) => {
    expect(spans(text, cue)).toEqual(expected);
  });

  it.each<[string, string, DateCue]>([
    [
      'refuses a date without the needed preposition',
      'Send it to Jo and start 3 March',
      { pattern: /send it/gi, needsPreposition: true },
    ],
    [
      'refuses a label in mid-sentence',
      'a tight deadline: 3 March launches',
      { pattern: /deadline:/gi, atLineStart: true },
    ],
    [
      'refuses a date past a sentence break',
      'Closing date TBC! Start 3 March',
      { pattern: /closing date/gi },
    ],
    [
      'refuses a date too far from the cue',
      `Closing date ${'x'.repeat(60)} 3 March`,
      { pattern: /closing date/gi },
    ],
  ])('%s', (_name, text, cue) => {
    expect(spans(text, cue)).toEqual([]);
  });

  it('reads periods only when asked to', () => {
    const cue = { pattern: /we will reply/gi };
    expect(spans('We will reply within 2 weeks', cue)).toEqual([]);
    expect(spans('We will reply within 2 weeks', cue, { periods: 'all' })).toEqual([
      ['We will reply within 2 weeks', '2025-02-17'],
    ]);
  });

  it('gives up after a bounded number of cues, so a hostile text stays cheap', () => {
    const text = `${'Closing date soon. '.repeat(100)}Closing date 3 March`;
    expect(spans(text, { pattern: /closing date/gi })).toEqual([]);
  });
});
