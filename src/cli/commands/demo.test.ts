import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { tempRuntime, type TempRuntime } from '../../../test/support/temp-runtime';
import { runWith } from '../cli-test-kit';

let rt: TempRuntime;
const run = (...argv: string[]) => runWith({ store: rt.store, deps: rt.deps, chat: null, close: async () => {} }, argv);
beforeEach(async () => {
  rt = await tempRuntime('2026-11-23T15:00:00Z');
});
afterEach(() => rt.cleanup());

type Apps = { applications: { company: string; timezone: string | null; country: string | null }[] };
type Profile = { name: string; headline: string; strengths: string[]; signature: string; demo: boolean };

describe('hearback demo', () => {
  it('gives every demo employer a zone and a country, a mix of the US, the UK and Germany', async () => {
    await run('demo');
    const apps = ((await run('--json', 'list')).json() as Apps).applications;
    for (const a of apps) expect([a.company, a.timezone, a.country]).toEqual([a.company, expect.stringMatching(/^(America|Europe)\//), expect.stringMatching(/^(US|GB|DE)$/)]);
    expect(new Set(apps.map((a) => a.country))).toEqual(new Set(['US', 'GB', 'DE']));
    const today = (await run('today', '--days', '14')).stdout;
    expect(today).toMatch(/\(UTC-0[5-8]:00\)/);
    expect(today).toMatch(/\(UTC\+01:00\)/);
  });

  it('writes a demo profile over an empty one and takes it back with --remove', async () => {
    const loaded = await run('--json', 'demo');
    expect(loaded.json()).toMatchObject({ profile: true });
    const profile = (await run('--json', 'profile', 'show')).json() as Profile;
    expect(profile).toMatchObject({ name: expect.any(String), headline: expect.any(String), signature: expect.any(String), demo: true });
    expect(profile.strengths.length).toBeGreaterThanOrEqual(3);
    expect((await run('profile', 'show')).stdout).toMatch(/^DEMO PROFILE/);
    await run('demo', '--remove');
    expect((await run('--json', 'profile', 'show')).json()).toMatchObject({ name: '', headline: '', strengths: [], signature: '', demo: false });
  });

  it('keeps a profile the user wrote before the demo', async () => {
    await run('profile', 'set', '--name', 'Kim Lee', '--headline', 'Data engineer');
    expect((await run('--json', 'demo')).json()).toMatchObject({ profile: false });
    expect((await run('--json', 'profile', 'show')).json()).toMatchObject({ name: 'Kim Lee', headline: 'Data engineer', demo: false });
    await run('demo', '--remove');
    expect((await run('--json', 'profile', 'show')).json()).toMatchObject({ name: 'Kim Lee', headline: 'Data engineer' });
  });

  it('keeps the demo profile once the user has changed it', async () => {
    await run('demo');
    await run('profile', 'set', '--name', 'Kim Lee');
    expect((await run('--json', 'profile', 'show')).json()).toMatchObject({ name: 'Kim Lee', demo: false });
    await run('demo', '--remove');
    expect((await run('--json', 'profile', 'show')).json()).toMatchObject({ name: 'Kim Lee', strengths: expect.arrayContaining([expect.any(String)]) });
    expect(await rt.deps.db.countApplications()).toBe(0);
  });
});
