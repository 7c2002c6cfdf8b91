import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sourceLabel, tooEarly } from './too-early';

const AS_OF = '2026-12-07T09:00:00Z';

describe('tooEarly', () => {
  it.each([
    ['says it is too early for one unanswered send last week', { sent: 1, answered: 0 }, '2026-12-01T09:00:00Z', '1 sent, no answers yet — too early to tell.'],
    ['counts every send of the chart', { sent: 4, answered: 0 }, '2026-11-24T09:01:00Z', '4 sent, no answers yet — too early to tell.'],
    ['lets a 0% stand once the first send is two weeks old', { sent: 3, answered: 0 }, '2026-11-23T09:00:00Z', null],
    ['lets the chart speak once anything was answered', { sent: 3, answered: 1 }, '2026-12-06T09:00:00Z', null],
    ['says nothing when nothing was sent', { sent: 0, answered: 0 }, null, null],
    ['says nothing without a send date', { sent: 2, answered: 0 }, null, null],
  ])('%s', (_name, tally, firstSentAt, expected) => {
    expect(tooEarly(tally, firstSentAt, AS_OF)).toBe(expected);
  });

  it('never throws on a date it cannot read, and then says nothing', () => {
    fc.assert(fc.property(fc.string(), (date) => void tooEarly({ sent: 1, answered: 0 }, date, AS_OF)));
    expect(tooEarly({ sent: 1, answered: 0 }, 'yesterday', AS_OF)).toBeNull();
  });
});

describe('sourceLabel', () => {
  it.each([
    ['unknown', 'Not recorded'],
    ['LinkedIn', 'LinkedIn'],
  ])('labels %s as %s', (key, label) => {
    expect(sourceLabel(key)).toBe(label);
  });
});
