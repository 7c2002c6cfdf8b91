import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { callApi } from './support/api';
import { chromiumPresent, eventually, launchChromium, openTab, type Tab } from './support/browser';
import { buildOnce } from './support/build-once';
import { startHearback, type RunningServer } from './support/hearback-server';

/** Tuesday 24 November 2026, 05:00 in New York: before any send window of the day opens. */
const NOW = '2026-11-24T10:00:00Z';
const ZONE = 'America/New_York';

const run = chromiumPresent();

describe.runIf(run)('Today before the send windows open', { timeout: 40_000 }, () => {
  let server: RunningServer;
  let browser: Browser;
  let tab: Tab;

  beforeAll(async () => {
    await buildOnce();
    [server, browser] = await Promise.all([startHearback({ now: NOW, zone: ZONE }), launchChromium()]);
    tab = await openTab(browser, { zone: ZONE });
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('says nothing is due right now, not nothing today, when a follow-up opens this morning', async () => {
    // Applied Tuesday a week ago in New York: the first follow-up opens today at 09:00, four hours from now.
    const contacts = [{ name: 'Dana Smith', email: 'dana@acme.example', role: 'hiring_manager' }];
    await callApi(server, 'POST', '/api/applications', { company: 'Acme', role: 'Engineer', appliedAt: '2026-11-17T15:00:00Z', timezone: ZONE, country: 'US', contacts });
    const today = await callApi<{ due: unknown[]; upcoming: { action: { due: { start: string } } }[] }>(server, 'GET', '/api/today?days=7');
    expect(today.due).toEqual([]);
    expect(today.upcoming[0]?.action.due.start).toBe('2026-11-24T09:00:00-05:00');

    const { page } = tab;
    await page.goto(server.url);
    await eventually(() => page.getByRole('heading', { name: 'Nothing due right now' }).isVisible()).toBe(true);
    expect(await page.getByText('One thing opens later today; it is listed under Next 7 days.').isVisible()).toBe(true);
    expect(await page.getByRole('heading', { name: 'Nothing due today' }).count()).toBe(0);
    expect(tab.problems).toEqual([]);
  });
});
