import { describe, expect, it } from 'vitest';
import { anApplication, anEvent } from '../../test/support/builders';
import type { AppEvent, Application } from '../core/model';
import { computeAnalytics } from './analytics-compute';
import { responseTimeBuckets } from './analytics-response-time';

const KEYS = ['0', '1-2', '3-7', '8-14', '15-30', '31+'];

/** One application applied to at `applied`, and its events, each `[kind, at]`. */
function history(id: string, applied: string, events: [AppEvent['kind'], string][]): { app: Application; events: AppEvent[] } {
  return {
    app: anApplication({ id, appliedAt: applied }),
    events: events.map(([kind, at]) => anEvent(kind, at, kind === 'call' ? { outcome: 'shortlisted' } : {}, { applicationId: id })),
  };
}

/** The bucket each history's first answer lands in, by key, or `none` when it is not counted. */
function bucketOf(applied: string, events: [AppEvent['kind'], string][], zone = 'America/New_York'): string {
  const { app, events: list } = history('a', applied, events);
  const counted = computeAnalytics([app], list, zone).timeToFirstResponse.distribution.filter((b) => b.count > 0);
  expect(counted.reduce((sum, b) => sum + b.count, 0)).toBeLessThanOrEqual(1);
  return counted[0]?.key ?? 'none';
}

describe('the distribution of the time to a first response', () => {
  it.each<[string, string, [AppEvent['kind'], string][], string]>([
    ['a reply the afternoon of the morning applied to', '2026-11-02T14:00:00Z', [['reply', '2026-11-02T21:00:00Z']], '0'],
    ['a reply at 9:00 to an application sent at 23:00 the night before (New York)', '2026-11-03T04:00:00Z', [['reply', '2026-11-03T14:00:00Z']], '1-2'],
    ['a rejection two days later', '2026-11-02T14:00:00Z', [['rejection', '2026-11-04T14:00:00Z']], '1-2'],
    ['an interview invitation on day 3', '2026-11-02T14:00:00Z', [['interview', '2026-11-05T14:00:00Z']], '3-7'],
    ['a reply a week later', '2026-11-02T14:00:00Z', [['reply', '2026-11-09T14:00:00Z']], '3-7'],
    ['a reply on day 8', '2026-11-02T14:00:00Z', [['reply', '2026-11-10T14:00:00Z']], '8-14'],
    ['a reply two weeks later', '2026-11-02T14:00:00Z', [['reply', '2026-11-16T14:00:00Z']], '8-14'],
    ['feedback on day 15', '2026-11-02T14:00:00Z', [['feedback', '2026-11-17T14:00:00Z']], '15-30'],
    ['a reply on day 30', '2026-11-02T14:00:00Z', [['reply', '2026-12-02T14:00:00Z']], '15-30'],
    ['an offer on day 31', '2026-11-02T14:00:00Z', [['offer', '2026-12-03T14:00:00Z']], '31+'],
    ['a reply three months later', '2026-11-02T14:00:00Z', [['reply', '2027-02-02T14:00:00Z']], '31+'],
    ['only the first answer, not the interview after it', '2026-11-02T14:00:00Z', [['interview', '2026-11-20T14:00:00Z'], ['reply', '2026-11-03T14:00:00Z']], '1-2'],
    ['a call that reached someone on day 4', '2026-11-02T14:00:00Z', [['call', '2026-11-06T14:00:00Z']], '3-7'],
    ['no answer at all', '2026-11-02T14:00:00Z', [], 'none'],
    ['an out-of-office reply, which is no answer', '2026-11-02T14:00:00Z', [['auto_reply', '2026-11-02T14:05:00Z']], 'none'],
    ['a bounce, which is no answer', '2026-11-02T14:00:00Z', [['bounce', '2026-11-02T14:01:00Z']], 'none'],
    ['a reply before applying (to an earlier contact), which does not count', '2026-11-02T14:00:00Z', [['reply', '2026-10-30T14:00:00Z']], 'none'],
  ])('%s', (_name, applied, events, key) => {
    expect(bucketOf(applied, events)).toBe(key);
  });

  it('counts calendar days in the user’s zone: the same two instants are one day apart in New York and the same day in Berlin', () => {
    const events: [AppEvent['kind'], string][] = [['reply', '2026-11-03T14:00:00Z']];
    expect(bucketOf('2026-11-03T04:00:00Z', events, 'America/New_York')).toBe('1-2');
    expect(bucketOf('2026-11-03T04:00:00Z', events, 'Europe/Berlin')).toBe('0');
  });

  it('adds up several applications, with every bucket present, and agrees with the count', () => {
    const histories = [
      history('a', '2026-11-02T14:00:00Z', [['reply', '2026-11-02T18:00:00Z']]),
      history('b', '2026-11-02T14:00:00Z', [['reply', '2026-11-03T18:00:00Z']]),
      history('c', '2026-11-02T14:00:00Z', [['rejection', '2026-11-04T18:00:00Z']]),
      history('d', '2026-11-02T14:00:00Z', [['interview', '2026-12-20T18:00:00Z']]),
      history('e', '2026-11-02T14:00:00Z', []),
    ];
    const ttf = computeAnalytics(histories.map((h) => h.app), histories.flatMap((h) => h.events), 'UTC').timeToFirstResponse;
    expect(ttf.distribution.map((b) => [b.key, b.count])).toEqual([
      ['0', 1],
      ['1-2', 2],
      ['3-7', 0],
      ['8-14', 0],
      ['15-30', 0],
      ['31+', 1],
    ]);
    expect(ttf.distribution.reduce((sum, b) => sum + b.count, 0)).toBe(ttf.count);
  });

  it('has every bucket, at zero, when nothing was answered', () => {
    expect(computeAnalytics([], [], 'UTC').timeToFirstResponse.distribution.map((b) => [b.key, b.count])).toEqual(KEYS.map((k) => [k, 0]));
  });
});

describe('responseTimeBuckets', () => {
  it.each([
    [[0], '0'],
    [[1], '1-2'],
    [[2], '1-2'],
    [[3], '3-7'],
    [[7], '3-7'],
    [[8], '8-14'],
    [[14], '8-14'],
    [[15], '15-30'],
    [[30], '15-30'],
    [[31], '31+'],
    [[400], '31+'],
  ])('puts %j in %s', (days, key) => {
    expect(responseTimeBuckets(days).filter((b) => b.count > 0).map((b) => b.key)).toEqual([key]);
  });

  it('gives each bucket its bounds, the last one open', () => {
    expect(responseTimeBuckets([]).map((b) => [b.fromDays, b.toDays])).toEqual([
      [0, 0],
      [1, 2],
      [3, 7],
      [8, 14],
      [15, 30],
      [31, null],
    ]);
  });
});
