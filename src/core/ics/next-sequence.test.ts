import { describe, expect, it } from 'vitest';
import { nextSequence } from './next-sequence';

const window = { dueStart: '2026-03-06T09:00:00-05:00', dueEnd: '2026-03-06T11:30:00-05:00' };

describe('nextSequence', () => {
  it.each([
    ['starts a first publication at 0', null, window, 0],
    ['keeps the sequence when the window has not moved', { ...window, sequence: 2 }, window, 2],
    [
      'keeps the sequence when the same instants are written with another offset',
      { dueStart: '2026-03-06T14:00:00Z', dueEnd: '2026-03-06T16:30:00Z', sequence: 2 },
      window,
      2,
    ],
    [
      'grows when the start moves',
      { ...window, sequence: 2 },
      { ...window, dueStart: '2026-03-06T10:00:00-05:00' },
      3,
    ],
    [
      'grows when only the end moves',
      { ...window, sequence: 0 },
      { ...window, dueEnd: '2026-03-06T12:00:00-05:00' },
      1,
    ],
  ])('%s', (_name, previous, current, expected) => {
    expect(nextSequence(previous, current)).toBe(expected);
  });
});
