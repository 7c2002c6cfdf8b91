import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DESKTOP, PHONE, chromiumPresent, describeViolations, launchChromium, openTab, screenshot, seriousViolations } from './support/browser';
import { callApi } from './support/api';
import { buildOnce } from './support/build-once';
import { startHearback, type RunningServer } from './support/hearback-server';

const NOW = '2026-11-24T19:00:00Z';
const ZONE = 'America/New_York';

const POSTING = `Platform Engineer
Fabrikam is hiring a Platform Engineer. Send questions to Morgan Diaz at morgan.diaz@fabrikam.example or call +1 617 555 0199.
Applications close December 4, 2026. We will contact shortlisted candidates by December 11, 2026. No agencies please.
`;

interface View {
  name: string;
  path: (ids: Record<string, string>) => string;
  /** Waits until the view shows its data, and sets up what the screenshot should show. */
  ready(page: Page): Promise<void>;
}

const VIEWS: View[] = [
  { name: 'today', path: () => '/#/today', ready: (p) => p.locator('article.action-card').first().waitFor() },
  { name: 'board', path: () => '/#/board', ready: (p) => p.locator('li.board-card').first().waitFor() },
  {
    name: 'application',
    path: (ids) => `/#/applications/${ids['Globex'] ?? ''}`,
    async ready(p) {
      await p.locator('ol.timeline li').first().waitFor();
      // Events read in words, never as their kind in the API.
      expect(await p.locator('ol.timeline').innerText()).not.toMatch(/\b[a-z]+_[a-z_]+\b/);
      // The draft of a planned email, opened before it is due.
      await p.locator('.plan').getByRole('button', { name: 'Show draft' }).first().click();
      await p.locator('.plan .draft-planned').first().waitFor();
    },
  },
  {
    name: 'add',
    path: () => '/#/add',
    async ready(p) {
      await p.getByLabel('Posting text').fill(POSTING);
      await p.getByRole('button', { name: 'Read the posting' }).click();
      await p.getByRole('heading', { name: 'What hearback found' }).waitFor();
      await p.locator('details', { hasText: 'Show the posting' }).locator('summary').click();
    },
  },
  {
    name: 'analytics',
    path: () => '/#/analytics',
    async ready(p) {
      await p.locator('canvas').first().waitFor();
      // The time to a first response, as a distribution: every bucket, with its count, in the chart's text alternative.
      const chart = p.getByRole('img', { name: /first human response/ });
      expect(await chart.getAttribute('aria-label')).toMatch(/Same day: \d+; 1–2 days: \d+; 3–7 days: \d+; 8–14 days: \d+; 15–30 days: \d+; Over 30 days: \d+$/);
    },
  },
  { name: 'import', path: () => '/#/import', ready: (p) => p.getByLabel('Choose a CSV file').waitFor() },
  { name: 'settings', path: () => '/#/settings', ready: (p) => p.locator('section.digest-panel form').waitFor() },
  { name: 'sources', path: () => '/#/sources/003', ready: (p) => p.locator('#seed-003').waitFor() },
];

const SCHEMES = ['light', 'dark'] as const;
const SIZES = [
  { name: 'desktop', viewport: DESKTOP },
  { name: 'phone', viewport: PHONE },
] as const;

const run = chromiumPresent();

describe.runIf(run)('every view, light and dark, desktop and phone', { timeout: 60_000 }, () => {
  let server: RunningServer;
  let browser: Browser;

  beforeAll(async () => {
    await buildOnce();
    [server, browser] = await Promise.all([startHearback({ now: NOW, zone: ZONE }), launchChromium()]);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  /** Opens a view in each scheme and size, checks it with axe and the console, and saves a screenshot. */
  async function checkEverywhere(name: string, path: string, ready: (page: Page) => Promise<void>): Promise<void> {
    for (const scheme of SCHEMES) {
      for (const size of SIZES) {
        const tab = await openTab(browser, { zone: ZONE, colorScheme: scheme, viewport: size.viewport });
        try {
          await tab.page.goto(`${server.url}${path}`);
          await ready(tab.page);
          const violations = await seriousViolations(tab.page);
          expect(violations, `${name} ${scheme} ${size.name}:\n${describeViolations(violations)}`).toEqual([]);
          const overflow = await tab.page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
          expect(overflow, `${name} ${scheme} ${size.name} is wider than the screen`).toBeLessThanOrEqual(0);
          await screenshot(tab.page, `${name}-${scheme}-${size.name}`);
          expect(tab.problems, `${name} ${scheme} ${size.name}`).toEqual([]);
        } finally {
          await tab.context.close();
        }
      }
    }
  }

  it('shows an empty Today that offers the demo', async () => {
    await checkEverywhere('today-empty', '/#/today', (p) => p.getByRole('button', { name: 'Load the demo' }).waitFor());
  });

  describe('with the demo loaded', () => {
    const ids: Record<string, string> = {};
    beforeAll(async () => {
      await callApi(server, 'POST', '/api/demo');
      await callApi(server, 'PATCH', '/api/profile', { name: 'Alex Doe', signature: 'Best regards,\nAlex Doe', headline: 'Backend engineer, 6 years in payments', strengths: ['event-driven architecture', 'PostgreSQL tuning'] });
      const { applications } = await callApi<{ applications: { id: string; company: string }[] }>(server, 'GET', '/api/applications');
      for (const app of applications) ids[app.company] = app.id;
      // A follow-up that got an answer, so the analytics have follow-ups to count.
      const today = await callApi<{ due: { action: { id: string; kind: string; applicationId: string } }[] }>(server, 'GET', '/api/today');
      const followUp = today.due.find((item) => item.action.kind === 'follow_up' && item.action.applicationId === ids['Acme Corp']);
      if (!followUp) throw new Error('the demo has no follow-up due for Acme Corp');
      await callApi(server, 'POST', `/api/actions/${followUp.action.id}/done`, { at: '2026-11-23T15:00:00Z' });
      await callApi(server, 'POST', `/api/applications/${ids['Acme Corp'] ?? ''}/events`, { kind: 'reply', at: '2026-11-24T14:00:00Z', note: 'Thanks for following up, we will be in touch.' });
    });

    it.each(VIEWS.map((v) => [v.name, v] as const))('%s has no serious accessibility problems and no CSP violations', async (_name, view) => {
      await checkEverywhere(view.name, view.path(ids), view.ready);
    });
  });
});
