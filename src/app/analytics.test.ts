import { afterEach, describe, expect, it } from 'vitest';
import { anApplication, anEvent } from '../../test/support/builders';
import { tempRuntime, type TempRuntime } from '../../test/support/temp-runtime';
import { addApplication } from './add-application';
import { analytics } from './analytics';
import { computeAnalytics } from './analytics-compute';
import { logEvent } from './log-event';

const app = (id: string, over: Parameters<typeof anApplication>[0] = {}) => anApplication({ id, ...over });
const on = (id: string) => ({ applicationId: id });
const email = (id: string, at: string) => anEvent('follow_up_sent', at, { channel: 'email' }, on(id));
const call = (id: string, at: string, outcome: 'shortlisted' | 'voicemail' | 'no_answer') => anEvent('call', at, { outcome }, on(id));
const row = (rows: { key: string }[], key: string) => rows.find((r) => r.key === key);

describe('computeAnalytics', () => {
  it('counts the funnel from applied to offer, each step nested in the one before', () => {
    const apps = [app('a'), app('b'), app('c'), app('d'), app('saved', { appliedAt: null })];
    const events = [
      anEvent('reply', '2026-11-05T10:00:00Z', {}, on('a')),
      anEvent('interview', '2026-11-10T15:00:00Z', {}, on('b')),
      anEvent('offer', '2026-11-20T15:00:00Z', {}, on('c')),
      anEvent('note', '2026-11-05T10:00:00Z', {}, on('saved')),
    ];
    const { funnel, applications } = computeAnalytics(apps, events, 'UTC');
    expect(applications).toBe(5);
    expect(funnel.map((s) => [s.step, s.count, s.rate, s.fromPrevious])).toEqual([
      ['applied', 4, 1, null],
      ['replied', 3, 0.75, 0.75],
      ['interviewed', 2, 0.5, 2 / 3],
      ['offered', 1, 0.25, 0.5],
    ]);
  });

  it.each([
    ['a reply after the follow-up answers it', [email('a', '2026-11-09T14:00:00Z'), anEvent('reply', '2026-11-10T14:00:00Z', {}, on('a'))], { total: 1, responded: 1 }],
    ['a rejection answers it too', [email('a', '2026-11-09T14:00:00Z'), anEvent('rejection', '2026-11-12T14:00:00Z', {}, on('a'))], { total: 1, responded: 1 }],
    ['an out-of-office reply does not', [email('a', '2026-11-09T14:00:00Z'), anEvent('auto_reply', '2026-11-09T14:05:00Z', {}, on('a'))], { total: 1, responded: 0 }],
    ['a bounce does not', [email('a', '2026-11-09T14:00:00Z'), anEvent('bounce', '2026-11-09T14:01:00Z', {}, on('a'))], { total: 1, responded: 0 }],
    ['a reply before the follow-up does not', [anEvent('reply', '2026-11-05T14:00:00Z', {}, on('a')), email('a', '2026-11-09T14:00:00Z')], { total: 1, responded: 0 }],
  ])('email follow-ups: %s', (_name, events, expected) => {
    expect(row(computeAnalytics([app('a')], events, 'UTC').followUps.byChannel, 'email')).toMatchObject(expected);
  });

  it('credits an answer only to the last follow-up before it', () => {
    const events = [email('a', '2026-11-09T14:00:00Z'), email('a', '2026-11-13T14:00:00Z'), anEvent('reply', '2026-11-16T14:00:00Z', {}, on('a'))];
    const { byStep, byChannel } = computeAnalytics([app('a')], events, 'UTC').followUps;
    expect(byStep).toEqual([
      { key: '1', total: 1, responded: 0, rate: 0 },
      { key: '2', total: 1, responded: 1, rate: 1 },
    ]);
    expect(row(byChannel, 'email')).toEqual({ key: 'email', total: 2, responded: 1, rate: 0.5 });
  });

  it('counts a call that reached someone as answered, and a voicemail only by what came after', () => {
    const events = [
      call('a', '2026-11-09T14:00:00Z', 'shortlisted'),
      call('b', '2026-11-09T14:00:00Z', 'voicemail'),
      anEvent('rejection', '2026-11-12T14:00:00Z', {}, on('b')),
      call('c', '2026-11-09T14:00:00Z', 'no_answer'),
    ];
    const { byChannel } = computeAnalytics([app('a'), app('b'), app('c')], events, 'UTC').followUps;
    expect(byChannel).toEqual([
      { key: 'email', total: 0, responded: 0, rate: null },
      { key: 'phone', total: 3, responded: 2, rate: 2 / 3 },
    ]);
  });

  it("names the weekday in the employer's zone: Monday 22:00 in New York is Tuesday in UTC", () => {
    const events = [email('ny', '2026-11-10T03:00:00Z'), email('utc', '2026-11-10T03:00:00Z')];
    const apps = [app('ny', { timezone: 'America/New_York' }), app('utc', { timezone: null })];
    const { byWeekday } = computeAnalytics(apps, events, 'UTC').followUps;
    expect(byWeekday.map((r) => r.key)).toEqual(['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun']);
    expect(byWeekday.filter((r) => r.total > 0).map((r) => [r.key, r.total])).toEqual([['Mon', 1], ['Tue', 1]]);
  });

  it('groups sources without regard to case, and puts applications without one under unknown', () => {
    const apps = [app('a', { source: 'LinkedIn' }), app('b', { source: 'linkedin ' }), app('c', { source: null }), app('d', { source: 'Referral' })];
    const events = [anEvent('interview', '2026-11-10T15:00:00Z', {}, on('a')), anEvent('reply', '2026-11-10T15:00:00Z', {}, on('d'))];
    expect(computeAnalytics(apps, events, 'UTC').bySource).toEqual([
      { key: 'LinkedIn', applications: 2, responded: 1, interviewed: 1, responseRate: 0.5, interviewRate: 0.5 },
      { key: 'Referral', applications: 1, responded: 1, interviewed: 0, responseRate: 1, interviewRate: 0 },
      { key: 'unknown', applications: 1, responded: 0, interviewed: 0, responseRate: 0, interviewRate: 0 },
    ]);
  });

  it('measures the time to the first answer from the application date, in days', () => {
    const apps = [app('a', { appliedAt: '2026-11-02T14:00:00Z' }), app('b', { appliedAt: '2026-11-02T14:00:00Z' }), app('c', { appliedAt: '2026-11-02T14:00:00Z' })];
    const events = [
      anEvent('reply', '2026-11-04T14:00:00Z', {}, on('a')),
      anEvent('interview', '2026-11-09T14:00:00Z', {}, on('a')),
      anEvent('rejection', '2026-11-12T14:00:00Z', {}, on('b')),
    ];
    expect(computeAnalytics(apps, events, 'UTC').timeToFirstResponse).toMatchObject({ count: 2, medianDays: 6, meanDays: 6 });
  });

  it('has no rates, rather than zeros, for an empty store', () => {
    const figures = computeAnalytics([], [], 'UTC');
    expect(figures.funnel.every((s) => s.count === 0 && s.rate === null)).toBe(true);
    expect(figures.timeToFirstResponse).toMatchObject({ count: 0, medianDays: null, meanDays: null });
    expect(figures.followUps.byStep).toEqual([]);
    expect(figures.firstSent).toEqual({ application: null, followUp: null });
  });

  it('says when the first application and the first follow-up went out', () => {
    const apps = [app('a', { appliedAt: '2026-11-09T14:00:00Z' }), app('b', { appliedAt: '2026-11-02T14:00:00Z' })];
    const events = [email('a', '2026-11-16T15:00:00Z'), email('b', '2026-11-12T15:00:00Z')];
    expect(computeAnalytics(apps, events, 'UTC').firstSent).toEqual({ application: '2026-11-02T14:00:00Z', followUp: '2026-11-12T15:00:00Z' });
  });
});

describe('analytics', () => {
  let rt: TempRuntime | undefined;
  afterEach(() => rt?.cleanup());

  it('reads the figures from the store', async () => {
    rt = await tempRuntime('2026-11-23T15:00:00Z');
    const { application } = await addApplication(rt.deps, { company: 'Acme', role: 'Engineer', appliedAt: '2026-11-13', source: 'LinkedIn' });
    await addApplication(rt.deps, { company: 'Globex', role: 'Engineer', appliedAt: '2026-11-13' });
    await logEvent(rt.deps, { applicationId: application.id, kind: 'reply', at: '2026-11-17T15:00:00Z' });
    const figures = await analytics(rt.deps);
    expect(figures.asOf).toBe('2026-11-23T15:00:00.000Z');
    expect(figures.funnel[1]).toMatchObject({ step: 'replied', count: 1, rate: 0.5 });
    expect(figures.bySource.map((s) => s.key)).toEqual(['LinkedIn', 'unknown']);
  });
});
