import { beforeAll, describe, expect, it } from 'vitest';
import { PHONE, chromiumPresent, eventually, navigateTo } from './support/browser';
import { callApi } from './support/api';
import { useBrowserSession } from './support/browser-session';

const NOW = '2026-11-24T19:00:00Z';
const ZONE = 'America/New_York';

const run = chromiumPresent();

describe.runIf(run)('Today keys and the board', { timeout: 40_000 }, () => {
  const session = useBrowserSession({ now: NOW, zone: ZONE });

  beforeAll(async () => {
    const { page } = session.tab;
    await page.goto(session.server.url);
    // An empty store offers the demo; loading it shows the banner that says it is demo data.
    await page.getByRole('button', { name: 'Load the demo' }).click();
    await page.getByRole('complementary', { name: 'Demo data' }).waitFor();
  });

  it('offers the call script beside a follow-up to a direct line, with its three branches titled', async () => {
    const { page } = session.tab;
    const acme = page.locator('article.action-card', { hasText: 'Acme Corp' }).first();
    await acme.waitFor();
    await acme.locator('details.alternative summary').click();
    const branches = acme.locator('details.alternative ol.branches > li strong');
    expect(await branches.allTextContents()).toEqual(['If they have not seen it:', 'If they have decided no:', 'If you are on the shortlist:']);
    // The next tests start from a fresh page, nothing open and nothing focused.
    await page.reload();
    await page.locator('article.action-card').first().waitFor();
  });

  it('moves through Today with j and k, and opens the draft with e', async () => {
    const { page } = session.tab;
    const cards = page.locator('article.action-card');
    await cards.first().waitFor();
    expect(await cards.count()).toBeGreaterThanOrEqual(2);
    const focusedCard = () => page.evaluate(() => document.activeElement?.closest('article')?.getAttribute('data-action-id') ?? null);
    const ids = await cards.evaluateAll((all) => all.map((a) => a.getAttribute('data-action-id')));

    await page.locator('body').press('j');
    await eventually(focusedCard).toBe(ids[0]);
    await page.keyboard.press('j');
    await eventually(focusedCard).toBe(ids[1]);
    await page.keyboard.press('k');
    await eventually(focusedCard).toBe(ids[0]);
    await page.keyboard.press('j');
    await eventually(focusedCard).toBe(ids[1]);

    // The first card is an email: `e` opens its draft for editing, with the focus in the message. `k` and `e`
    // come in one go, as from a quick typist: `e` acts on the card `k` moved to, not on the one it left.
    await page.evaluate(() => {
      for (const key of ['k', 'e']) document.body.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true }));
    });
    const editing = () => page.evaluate(() => ({ tag: document.activeElement?.tagName, card: document.activeElement?.closest('article')?.getAttribute('data-action-id') }));
    await eventually(editing).toEqual({ tag: 'TEXTAREA', card: ids[0] });
    // Typing in the draft is typing, not a shortcut.
    await page.keyboard.type(' jk');
    expect(await editing()).toEqual({ tag: 'TEXTAREA', card: ids[0] });
    const first = page.locator('article.action-card').first();
    expect(await first.locator('textarea').inputValue()).toMatch(/ jk$/);

    // What the user writes is checked as they type, and the findings are marked in the text.
    await first.locator('textarea').fill('Sorry to bother you, I am just checking in again.');
    await first.getByText(/no need to apologise/).waitFor();
    await first.getByRole('button', { name: 'Done editing' }).click();
    expect(await first.locator('.draft-body mark.lint-warning').first().textContent()).toBe('Sorry to bother you');
    expect(await first.getByRole('link', { name: 'Open in mail app' }).getAttribute('href')).toContain('body=Sorry%20to%20bother%20you');
    expect(session.tab.problems).toEqual([]);
  });

  it('keeps an edited draft across a reload until it is reset or skipped', async () => {
    const { page } = session.tab;
    const id = await page.locator('article.action-card').first().getAttribute('data-action-id');
    const card = page.locator(`article.action-card[data-action-id="${id ?? ''}"]`);
    const edited = card.locator('.draft-edited');
    await page.reload();
    await eventually(() => card.locator('.draft-body').textContent()).toBe('Sorry to bother you, I am just checking in again.');
    expect(await edited.textContent()).toBe('Edited — Reset to hearback’s draft');
    await edited.getByRole('button', { name: 'Reset to hearback’s draft' }).click();
    await eventually(() => edited.count()).toBe(0);
    const original = await card.locator('.draft-body').textContent();
    expect(original).not.toContain('Sorry to bother you');
    await page.reload();
    await eventually(() => card.locator('.draft-body').textContent()).toBe(original);
    expect(await edited.count()).toBe(0);

    // Skipped, the edit is dropped: Undo brings the card back with hearback's draft.
    await card.getByRole('button', { name: 'Edit draft' }).click();
    await card.getByLabel('Message').fill('My own words.');
    await edited.waitFor();
    await card.getByRole('button', { name: 'Skip' }).click();
    const toast = page.locator('.toast', { hasText: 'Skipped:' }).last();
    await eventually(() => card.count()).toBe(0);
    await toast.getByRole('button', { name: 'Undo' }).click();
    await eventually(() => card.locator('.draft-body').textContent()).toBe(original);
    expect(await edited.count()).toBe(0);
    expect(session.tab.problems).toEqual([]);
  });

  it('takes a card off Today when marked sent, and brings it back with Undo', async () => {
    const { page } = session.tab;
    await navigateTo(page, 'Today');
    const card = page.locator('article.action-card', { hasText: 'Follow up with Dana Smith' });
    await card.waitFor();
    await card.getByRole('button', { name: 'Mark sent' }).click();
    const toast = page.locator('.toast', { hasText: 'Marked as sent: Follow up with Dana Smith' });
    await toast.waitFor();
    // The toast sits in the bottom-right corner, a live region, clear of the focused card's buttons.
    const placed = await page.evaluate(() => {
      const box = document.querySelector('.toasts')!.getBoundingClientRect();
      const buttons = document.activeElement?.closest('article')?.querySelector('.card-actions')?.getBoundingClientRect();
      const covers = buttons ? buttons.bottom > box.top && buttons.top < box.bottom && buttons.right > box.left && buttons.left < box.right : false;
      return { right: window.innerWidth - box.right, bottom: window.innerHeight - box.bottom, role: document.querySelector('.toasts')!.getAttribute('role'), covers };
    });
    expect(placed).toEqual({ right: 16, bottom: 16, role: 'status', covers: false });
    await eventually(() => card.count()).toBe(0);
    // The focus stays on Today's list rather than falling back to the top of the page.
    await eventually(() => page.evaluate(() => document.activeElement?.closest('article, h2')?.tagName ?? null)).not.toBeNull();

    await toast.getByRole('button', { name: 'Undo' }).click();
    await page.getByText('Undone.').first().waitFor();
    await eventually(() => card.count()).toBe(1);
  });

  it('brings a skipped card back with Undo', async () => {
    const { page } = session.tab;
    await navigateTo(page, 'Today');
    const card = page.locator('article.action-card', { hasText: 'Follow up with Dana Smith' });
    await card.waitFor();
    await card.getByRole('button', { name: 'Skip' }).click();
    const toast = page.locator('.toast', { hasText: 'Skipped: Follow up with Dana Smith' });
    await toast.waitFor();
    await eventually(() => card.count()).toBe(0);
    await toast.getByRole('button', { name: 'Undo' }).click();
    await eventually(() => card.count()).toBe(1);
  });

  it('updates Today by itself when plans change elsewhere', async () => {
    const { page } = session.tab;
    await navigateTo(page, 'Today');
    await page.locator('article.action-card').first().waitFor();
    const card = page.locator('article.action-card', { hasText: 'Thank Richard Hendricks for the interview' });
    expect(await card.count()).toBe(0);
    // Another client (the command line, another tab) logs this morning's interview at Hooli.
    const { applications } = await callApi<{ applications: { id: string; company: string }[] }>(session.server, 'GET', '/api/applications');
    const hooli = applications.find((a) => a.company === 'Hooli');
    const logged = await callApi<{ event: { id: string } }>(session.server, 'POST', `/api/applications/${hooli?.id ?? ''}/events`, {
      kind: 'interview',
      at: '2026-11-24T15:00:00Z',
      interviewers: [{ name: 'Richard Hendricks', email: 'richard@hooli.example' }],
    });
    await card.waitFor();
    await callApi(session.server, 'DELETE', `/api/events/${logged.event.id}`);
    await eventually(() => card.count()).toBe(0);
  });

  it('logs the event when a card is dragged to another column, and undoes it', async () => {
    const { page } = session.tab;
    await navigateTo(page, 'Board');
    // After a navigation the new page's title has the focus, so a screen reader announces it.
    await eventually(() => page.evaluate(() => `${document.activeElement?.tagName} ${document.activeElement?.textContent}`)).toBe('H1 Board');
    const applied = page.locator('section.board-column[data-stage="applied"]');
    const interviewing = page.locator('section.board-column[data-stage="interviewing"]');
    const card = page.locator('li.board-card', { hasText: 'Hooli' });
    await card.waitFor();
    expect(await applied.locator('li.board-card', { hasText: 'Hooli' }).count()).toBe(1);

    await card.dragTo(interviewing);
    await page.getByText('Hooli moved to Interviewing.').waitFor();
    await eventually(() => interviewing.locator('li.board-card', { hasText: 'Hooli' }).count()).toBe(1);

    await page.locator('.toast', { hasText: 'Hooli moved to Interviewing.' }).getByRole('button', { name: 'Undo' }).click();
    await page.getByText('Undone.').first().waitFor();
    await eventually(() => applied.locator('li.board-card', { hasText: 'Hooli' }).count()).toBe(1);
    expect(await interviewing.locator('li.board-card', { hasText: 'Hooli' }).count()).toBe(0);
  });

  it('moves a card with the keyboard through its Move to menu', async () => {
    const { page } = session.tab;
    const rejected = page.locator('section.board-column[data-stage="rejected"]');
    const menu = page.getByLabel('Move Acme Corp to');
    await menu.focus();
    await menu.selectOption('rejected');
    await page.getByText('Acme Corp moved to Rejected.').waitFor();
    await eventually(() => rejected.locator('li.board-card', { hasText: 'Acme Corp' }).count()).toBe(1);

    // The application's timeline has the rejection the move logged.
    await rejected.getByRole('link', { name: 'Acme Corp' }).click();
    await eventually(() => page.locator('ol.timeline li').first().textContent()).toContain('Rejection');
    expect(session.tab.problems).toEqual([]);
  });

  it('flags a card whose next action is overdue, with the day it closed', async () => {
    const { applications } = await callApi<{ applications: { id: string; next: { due: { end: string } } | null }[] }>(session.server, 'GET', '/api/applications');
    const late = applications.filter((a) => a.next !== null && Date.parse(a.next.due.end) < Date.parse(NOW)).map((a) => a.id);
    expect(late.length).toBeGreaterThan(0);
    const { page } = session.tab;
    await navigateTo(page, 'Board');
    await page.locator('li.board-card').first().waitFor();
    const flagged = await page.locator('li.board-card.is-overdue').evaluateAll((cards) => cards.map((c) => c.getAttribute('data-application-id')));
    expect(flagged.sort()).toEqual([...late].sort());
    expect(await page.locator('li.board-card .board-card-overdue').first().textContent()).toMatch(/^Overdue since (Mon|Tue|Wed|Thu|Fri|Sat|Sun) \d{1,2} [A-Z][a-z]{2}$/);
  });

  it('says an unknown application does not exist, with the way back to the Board and no Try again', async () => {
    const { page } = session.tab;
    await page.goto(`${session.server.url}/#/applications/no-such-app`);
    const alert = page.getByRole('alert');
    await alert.getByText('This application does not exist (it may have been deleted).').waitFor();
    expect(await alert.getByRole('button', { name: 'Try again' }).count()).toBe(0);
    await alert.getByRole('link', { name: 'Back to the Board' }).click();
    await page.locator('li.board-card').first().waitFor();
  });

  it('shows no ring on a page title focused after a keyboard navigation, but keeps it on controls', async () => {
    const { page } = session.tab;
    const focused = () => page.evaluate(() => `${document.activeElement?.tagName} ${getComputedStyle(document.activeElement!).outlineStyle}`);
    await navigateTo(page, 'Today');
    await page.locator('article.action-card').first().waitFor();
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Board', exact: true }).press('Enter');
    await page.locator('li.board-card').first().waitFor();
    await eventually(focused).toBe('H1 none');
    await page.keyboard.press('Tab');
    await eventually(focused).toMatch(/^(?!H1)[A-Z]+ solid$/);
  });

  it('on a phone, says the board scrolls sideways and gives the navigation finger-sized links', async () => {
    const context = await session.browser.newContext({ viewport: PHONE, hasTouch: true, isMobile: true, timezoneId: ZONE, locale: 'en-US' });
    try {
      const page = await context.newPage();
      await page.goto(`${session.server.url}/#/board`);
      await page.locator('li.board-card').first().waitFor();
      expect(await page.getByText('Swipe sideways for the other stages →').isVisible()).toBe(true);
      expect(await page.locator('.board').evaluate((board) => getComputedStyle(board).scrollSnapType)).toBe('x mandatory');
      const heights = await page.getByRole('navigation', { name: 'Main' }).getByRole('link').evaluateAll((links) => links.map((l) => l.getBoundingClientRect().height));
      expect(Math.min(...heights)).toBeGreaterThanOrEqual(44);
    } finally {
      await context.close();
    }
    // On a desktop the hint would only be noise: every column is in view.
    await navigateTo(session.tab.page, 'Board');
    expect(await session.tab.page.getByText('Swipe sideways for the other stages →').isVisible()).toBe(false);
  });
});
