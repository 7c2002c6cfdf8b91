import { describe, expect, it } from 'vitest';
import { callApi } from './support/api';
import { chromiumPresent, eventually } from './support/browser';
import { useBrowserSession } from './support/browser-session';

/** Tuesday 24 November 2026, 05:00 in New York: before any send window of the day opens. */
const NOW = '2026-11-24T10:00:00Z';
const ZONE = 'America/New_York';

const run = chromiumPresent();

describe.runIf(run)('Today before the send windows open', { timeout: 40_000 }, () => {
  const session = useBrowserSession({ now: NOW, zone: ZONE });

  it('says nothing is due right now, not nothing today, when a follow-up opens this morning', async () => {
    // Applied Tuesday a week ago in New York: the first follow-up opens today at 09:00, four hours from now.
    const contacts = [{ name: 'Dana Smith', email: 'dana@acme.example', role: 'hiring_manager' }];
    await callApi(session.server, 'POST', '/api/applications', { company: 'Acme', role: 'Engineer', appliedAt: '2026-11-17T15:00:00Z', timezone: ZONE, country: 'US', contacts });
    const today = await callApi<{ due: unknown[]; upcoming: { action: { due: { start: string } } }[] }>(session.server, 'GET', '/api/today?days=7');
    expect(today.due).toEqual([]);
    expect(today.upcoming[0]?.action.due.start).toBe('2026-11-24T09:00:00-05:00');

    const { page } = session.tab;
    await page.goto(session.server.url);
    await eventually(() => page.getByRole('heading', { name: 'Nothing due right now' }).isVisible()).toBe(true);
    expect(await page.getByText('One thing opens later today; it is listed under Next 7 days.').isVisible()).toBe(true);
    expect(await page.getByRole('heading', { name: 'Nothing due today' }).count()).toBe(0);
    expect(session.tab.problems).toEqual([]);
  });
});
