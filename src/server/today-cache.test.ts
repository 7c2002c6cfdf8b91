import { gunzipSync } from 'node:zlib';
import { afterEach, describe, expect, it } from 'vitest';
import type { DraftedAgenda } from '../app/today-drafts';
import { testServer, type TestServer } from './server-test-kit';
import { TodayCache } from './today-cache';

const NOW = Date.parse('2026-11-23T15:00:00Z');
const agenda = (n: number, opensAt = '2026-11-24T14:00:00Z'): DraftedAgenda =>
  ({ now: new Date(NOW).toISOString(), due: [], dueTotal: n, upcoming: [{ action: { due: { start: opensAt }, expiresAt: null } }], upcomingTotal: 1 }) as unknown as DraftedAgenda;

function counting() {
  let calls = 0;
  return { compute: async () => agenda(++calls), calls: () => calls };
}

describe('TodayCache', () => {
  it('answers from the cache while nothing changed', async () => {
    const cache = new TodayCache(() => 0);
    const c = counting();
    expect(JSON.parse((await cache.get('u', 'q', NOW, c.compute)).json).dueTotal).toBe(1);
    expect(JSON.parse((await cache.get('u', 'q', NOW + 1000, c.compute)).json).dueTotal).toBe(1);
    expect(c.calls()).toBe(1);
  });

  it('computes again after a write, after the TTL, and once a window opens', async () => {
    let mono = 0;
    const cache = new TodayCache(() => mono, 2_000);
    const c = counting();
    await cache.get('u', 'q', NOW, c.compute);
    cache.invalidate('u');
    await cache.get('u', 'q', NOW, c.compute);
    expect(c.calls()).toBe(2);
    mono = 2_000;
    await cache.get('u', 'q', NOW, c.compute);
    expect(c.calls()).toBe(3);
    await cache.get('u', 'q', Date.parse('2026-11-24T14:00:00Z'), c.compute);
    expect(c.calls()).toBe(4);
  });

  it('keeps users and queries apart', async () => {
    const cache = new TodayCache(() => 0);
    const c = counting();
    await cache.get('u', 'q', NOW, c.compute);
    await cache.get('v', 'q', NOW, c.compute);
    await cache.get('u', 'other', NOW, c.compute);
    cache.invalidate('v');
    await cache.get('u', 'q', NOW, c.compute);
    expect(c.calls()).toBe(3);
  });

  it('shares one computation among concurrent misses, and drops one that crossed a write', async () => {
    const cache = new TodayCache(() => 0);
    let release: () => void = () => undefined;
    let calls = 0;
    const slow = () => new Promise<DraftedAgenda>((resolve) => (release = () => resolve(agenda(++calls))));
    const both = Promise.all([cache.get('u', 'q', NOW, slow), cache.get('u', 'q', NOW, slow)]);
    cache.invalidate('u');
    release();
    expect((await both).map((b) => JSON.parse(b.json).dueTotal)).toEqual([1, 1]);
    await cache.get('u', 'q', NOW, async () => agenda(++calls));
    expect(calls).toBe(2);
  });

  it('does not keep a failure', async () => {
    const cache = new TodayCache(() => 0);
    await expect(cache.get('u', 'q', NOW, () => Promise.reject(new Error('busy')))).rejects.toThrow('busy');
    expect(JSON.parse((await cache.get('u', 'q', NOW, async () => agenda(7))).json).dueTotal).toBe(7);
  });
});

describe('GET /api/today through the cache', () => {
  let t: TestServer | undefined;
  afterEach(() => t?.close());

  it('shows a write through the API at once', async () => {
    t = await testServer('2026-11-23T15:00:00Z');
    const added = (await t.call('POST', '/api/applications', { company: 'Acme', role: 'Engineer', appliedAt: '2026-11-13', timezone: 'America/New_York', country: 'US' })).json();
    const first = (await t.call('GET', '/api/today')).json();
    expect(first.due.map((i: { action: { id: string } }) => i.action.id)).toEqual([`${added.application.id}-fu1`]);
    await t.call('POST', `/api/actions/${added.application.id}-fu1/done`, {});
    expect((await t.call('GET', '/api/today')).json().dueTotal).toBe(0);
  });

  it('sends it gzipped to clients that accept gzip, the same JSON otherwise', async () => {
    t = await testServer('2026-11-23T15:00:00Z');
    await t.call('POST', '/api/demo', {});
    const plain = await t.call('GET', '/api/today', undefined, { 'accept-encoding': 'identity' });
    expect(plain.headers['content-encoding']).toBeUndefined();
    const zipped = await t.call('GET', '/api/today', undefined, { 'accept-encoding': 'gzip, deflate, br' });
    expect(zipped.headers).toMatchObject({ 'content-encoding': 'gzip', vary: 'accept-encoding', 'content-type': 'application/json; charset=utf-8' });
    expect(gunzipSync(zipped.rawPayload).toString('utf8')).toBe(plain.body);
    expect(plain.json().due.length).toBeGreaterThan(0);
    expect((await t.call('GET', '/api/today', undefined, { 'accept-encoding': 'gzip;q=0' })).headers['content-encoding']).toBeUndefined();
  });
});
