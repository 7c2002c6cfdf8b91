import { beforeAll, describe, expect, it } from 'vitest';
import { callApi } from './support/api';
import { chromiumPresent, eventually } from './support/browser';
import { useBrowserSession } from './support/browser-session';

/** Sunday 6 December 2026, 22:00 in New York: an hour after an evening interview, too late to send a thank-you. */
const NOW = '2026-12-07T03:00:00Z';
const ZONE = 'America/New_York';

const run = chromiumPresent();

describe.runIf(run)('drafts of planned actions', { timeout: 60_000 }, () => {
  const session = useBrowserSession({ now: NOW, zone: ZONE });
  let globexId = '';

  beforeAll(async () => {
    await callApi(session.server, 'PATCH', '/api/settings', { timezone: ZONE });
    const added = await callApi<{ application: { id: string } }>(session.server, 'POST', '/api/applications', {
      company: 'Globex',
      role: 'Platform Engineer',
      appliedAt: '2026-11-30T15:00:00Z',
      timezone: ZONE,
      contacts: [{ name: 'Hank Scorpio', email: 'hank@globex.example' }],
    });
    globexId = added.application.id;
    // The interview ended at 20:30: the thank-you is planned for tomorrow morning, not for tonight.
    await callApi(session.server, 'POST', `/api/applications/${globexId}/events`, {
      kind: 'interview',
      at: '2026-12-07T01:30:00Z',
      interviewers: [{ name: 'Hank Scorpio', email: 'hank@globex.example' }],
    });
  });

  it('opens the thank-you from the next days on Today before it is due', async () => {
    const { page } = session.tab;
    await page.goto(session.server.url);
    const item = page.locator('.upcoming li li', { hasText: 'Thank Hank Scorpio' });
    await item.waitFor();
    expect(await page.locator('.upcoming').textContent()).toContain('Tomorrow, Mon 7 Dec');
    await item.getByRole('button', { name: 'Show draft' }).click();
    await eventually(() => item.locator('.draft-body').textContent()).toContain('Hank');
    expect(await item.locator('.draft-title').textContent()).toContain('hank@globex.example');
    expect(await item.getByRole('link', { name: 'Open in mail app' }).getAttribute('href')).toMatch(/^mailto:hank@globex\.example\?subject=.+&body=.*Hank/);
    await item.getByRole('button', { name: 'Copy message' }).click();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toContain('Hank,');
    expect(await item.getByRole('button', { name: 'Hide draft' }).getAttribute('aria-expanded')).toBe('true');
    expect(session.tab.problems).toEqual([]);
  });

  it('opens the same draft from the plan on the application page', async () => {
    const { page } = session.tab;
    await page.goto(`${session.server.url}/#/applications/${globexId}`);
    const action = page.locator('.plan-action', { hasText: 'Thank Hank Scorpio' });
    await action.waitFor();
    await action.getByRole('button', { name: 'Show draft' }).click();
    await eventually(() => action.locator('.draft-body').textContent()).toContain('Hank,');
    expect(await action.locator('.draft-subject').textContent()).toContain('Platform Engineer');
    expect(await action.getByRole('link', { name: 'Open in mail app' }).getAttribute('href')).toMatch(/^mailto:hank@globex\.example\?/);
    expect(session.tab.problems).toEqual([]);
  });

  it('says the drafts go out unsigned while the profile has no name, and leads to where to add it', async () => {
    const { page } = session.tab;
    const action = page.locator('.plan-action', { hasText: 'Thank Hank Scorpio' });
    const notice = action.locator('.unsigned-notice');
    await eventually(() => notice.textContent()).toBe('Your drafts end without your name: add it in Settings.');
    await notice.getByRole('link', { name: 'add it in Settings' }).click();
    await eventually(() => page.evaluate(() => document.activeElement?.textContent)).toBe('You, in your drafts');
    await page.getByLabel('Your name', { exact: true }).fill('Alex Doe');
    await page.getByRole('button', { name: 'Save profile' }).click();
    await page.getByText('Profile saved.').waitFor();

    await page.goto(`${session.server.url}/#/applications/${globexId}`);
    await action.getByRole('button', { name: 'Show draft' }).click();
    await eventually(() => action.locator('.draft-body').textContent()).toContain('Alex Doe');
    expect(await notice.count()).toBe(0);
    expect(session.tab.problems).toEqual([]);
  });

  it('opens a calendar or digest link at the thank-you, with its draft open and the focus on it', async () => {
    const { page } = session.tab;
    const thanks = await thankYouId();
    // A fresh load, as when the link is clicked in a calendar app or a mail client.
    await page.goto('about:blank');
    await page.goto(`${session.server.url}/#/applications/${globexId}/actions/${encodeURIComponent(thanks)}`);
    const action = page.locator('.plan-action-target');
    await eventually(() => action.locator('.draft-body').textContent()).toContain('Hank,');
    expect(await action.locator('strong').first().textContent()).toContain('Thank Hank Scorpio');
    expect(await action.getByRole('button', { name: 'Hide draft' }).getAttribute('aria-expanded')).toBe('true');
    await eventually(() => page.evaluate(() => document.activeElement?.classList.contains('plan-action-target') ?? false)).toBe(true);
    expect(await action.evaluate((el) => el.getBoundingClientRect().top >= 0 && el.getBoundingClientRect().top < window.innerHeight)).toBe(true);
    expect(await page.locator('.plan-gone').count()).toBe(0);
    expect(await page.locator('.plan-action', { hasText: 'Thank Hank Scorpio' }).count()).toBe(1);
    expect(session.tab.problems).toEqual([]);
  });

  it('says a linked action is no longer planned once it was skipped, and shows the application as usual', async () => {
    const { page } = session.tab;
    const thanks = await thankYouId();
    await callApi(session.server, 'POST', `/api/actions/${encodeURIComponent(thanks)}/skip`, {});
    await page.goto('about:blank');
    await page.goto(`${session.server.url}/#/applications/${globexId}/actions/${encodeURIComponent(thanks)}`);
    await eventually(() => page.locator('.plan-gone').textContent()).toBe('This action is no longer planned: it was done, skipped or replaced.');
    expect(await page.locator('h1').textContent()).toContain('Globex');
    expect(await page.locator('.plan-action', { hasText: 'Thank Hank Scorpio' }).count()).toBe(0);
    expect(await page.locator('.plan-action-target').count()).toBe(0);
    expect(session.tab.problems).toEqual([]);
  });

  /** The id of the planned thank-you, as the calendar feed and the digest link to it. */
  async function thankYouId(): Promise<string> {
    const detail = await callApi<{ plan: { actions: { id: string; kind: string }[] } }>(session.server, 'GET', `/api/applications/${globexId}`);
    const thanks = detail.plan.actions.find((a) => a.kind === 'thank_you');
    if (!thanks) throw new Error('no thank-you planned');
    return thanks.id;
  }
});
