import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { DESKTOP, PHONE, chromiumPresent, describeViolations, eventually, navigateTo, openTab, screenshot, seriousViolations } from './support/browser';
import { useBrowserSession } from './support/browser-session';

/** Tuesday 24 November 2026, 14:00 in New York. */
const NOW = '2026-11-24T19:00:00Z';
const ZONE = 'America/New_York';

/** LinkedIn's "Job Applications.csv" as its data export writes it, by hand: month-first dates with a time, one row without a company. */
const LINKEDIN = `Application Date,Contact Email,Contact Phone Number,Company Name,Job Title,Job Url,Resume Name,Question And Answers
"11/20/26, 8:15 AM",alex.doe@example.com,+1 555 0100,Acme Corp,Senior Engineer,https://www.linkedin.com/jobs/view/3791234567/,Alex_Doe_Resume.pdf,"How many years of work experience do you have with TypeScript?: 6"
"11/13/26, 4:02 PM",alex.doe@example.com,+1 555 0100,Globex,Platform Engineer,https://www.linkedin.com/jobs/view/3787654321/,Alex_Doe_Resume.pdf,
"10/3/26, 11:47 AM",alex.doe@example.com,+1 555 0100,Initech,Backend Developer,https://www.linkedin.com/jobs/view/3771112223/,Alex_Doe_Resume_v2.pdf,"Will you now or in the future require sponsorship?: No"
"11/2/26, 9:30 AM",alex.doe@example.com,+1 555 0100,Umbrella Health,Staff Engineer,https://www.linkedin.com/jobs/view/3761112223/,Alex_Doe_Resume_v2.pdf,
"11/18/26, 10:05 AM",alex.doe@example.com,+1 555 0100,,Data Engineer,https://www.linkedin.com/jobs/view/3751112223/,Alex_Doe_Resume.pdf,
`;

/** A spreadsheet of someone's own making, saved by a German Excel: semicolons, day-first dates, headers no tracker uses. */
const SPREADSHEET = `Firma;Stelle;Beworben am;Stimmung
Contoso;Backend-Entwickler;03.11.2026;gut
Fabrikam;Platform Engineer;05.11.2026;mittel
`;

const file = (name: string, text: string) => ({ name, mimeType: 'text/csv', buffer: Buffer.from(text, 'utf8') });
const focusedId = (page: Page) => page.evaluate(() => document.activeElement?.id ?? '');

async function upload(page: Page, name: string, text: string): Promise<void> {
  await page.getByLabel('Choose a CSV file').setInputFiles(file(name, text));
  await eventually(() => focusedId(page)).toBe('import-preview-heading');
}

const run = chromiumPresent();

describe.runIf(run)('the Import page', { timeout: 90_000 }, () => {
  const session = useBrowserSession({ now: NOW, zone: ZONE });

  it('imports a LinkedIn export from the empty Today to the board, and a second time changes nothing', async () => {
    const { page } = session.tab;
    await page.goto(session.server.url);
    await page.getByRole('link', { name: 'Bring your applications from LinkedIn, Huntr, Teal...' }).click();
    await page.getByRole('heading', { level: 1, name: 'Import applications' }).waitFor();

    await upload(page, 'Job Applications.csv', LINKEDIN);
    const main = page.locator('main');
    expect(await main.textContent()).toContain('Read Job Applications.csv as LinkedIn Job Applications.csv (recognised)');
    expect(await page.locator('.import-counts').textContent()).toBe('4new0to update0unchanged1not imported');
    const rows = page.locator('.import-row');
    expect(await rows.count()).toBe(5);
    expect(await rows.nth(0).textContent()).toMatch(/Line 2.*New.*Applied.*Acme Corp — Senior Engineer.*Applied: Fri 20 Nov.*With a note from the file/);
    expect(await rows.nth(4).textContent()).toContain('line 6: no company name');
    expect(await rows.nth(4).locator('.badge').textContent()).toBe('Not imported');

    await page.getByRole('button', { name: 'Import 4 applications' }).click();
    await eventually(() => focusedId(page)).toBe('import-report-heading');
    expect(await page.locator('.import-counts').textContent()).toBe('4created0updated0unchanged1rejected');
    expect(await main.textContent()).toContain('line 6: no company name');
    await page.getByRole('link', { name: 'Open the board' }).click();
    const board = page.locator('.board');
    await eventually(() => page.locator('li.board-card').count()).toBe(4);
    for (const company of ['Acme Corp', 'Globex', 'Initech', 'Umbrella Health']) expect(await board.textContent()).toContain(company);

    await navigateTo(page, 'Import');
    await upload(page, 'Job Applications.csv', LINKEDIN);
    expect(await page.locator('.import-counts').textContent()).toBe('0new0to update4unchanged1not imported');
    expect(await page.locator('.import-row .badge', { hasText: 'Unchanged' }).count()).toBe(4);
    await page.getByRole('button', { name: 'Import anyway' }).click();
    await eventually(() => focusedId(page)).toBe('import-report-heading');
    expect(await page.locator('.import-counts').textContent()).toBe('0created0updated4unchanged1rejected');
    expect(await main.textContent()).toContain('Nothing changed: every application in Job Applications.csv was already in hearback.');
    expect(session.tab.problems).toEqual([]);
  });

  it('imports a dropped spreadsheet with the columns chosen in the selects and the date order answered', async () => {
    const { page } = session.tab;
    await page.getByRole('button', { name: 'Import another file' }).click();
    await eventually(() => focusedId(page)).toBe('import-file');
    // Dropped on the zone this time, as a file dragged from the desktop.
    await page.locator('.dropzone').evaluate((zone, text) => {
      const data = new DataTransfer();
      data.items.add(new File([text], 'Bewerbungen.csv', { type: 'text/csv' }));
      zone.dispatchEvent(new DragEvent('drop', { dataTransfer: data, bubbles: true, cancelable: true }));
    }, SPREADSHEET);
    await eventually(() => focusedId(page)).toBe('import-preview-heading');
    expect(await page.getByText('hearback found no company and no role column.').isVisible()).toBe(true);
    expect(await page.getByRole('button', { name: /^Import/ }).count()).toBe(0);

    for (const [header, field] of [['Firma', 'company'], ['Stelle', 'role'], ['Beworben am', 'appliedAt']] as const) {
      const select = page.getByLabel(`${header} imports as`);
      await select.focus();
      await select.selectOption(field);
    }
    // The new preview asks for the date order, and the focus stays on the select that was changed.
    await page.getByRole('group', { name: 'Which order are the dates written in?' }).waitFor();
    expect(await focusedId(page)).toBe('map-2');
    expect(await page.locator('.date-order').textContent()).toContain('“Beworben am” could be read either way: 03.11.2026, 05.11.2026');

    await page.getByLabel('Day first: 03.11.2026 is 3 November 2026').check();
    await eventually(() => page.locator('.import-counts').textContent()).toBe('2new0to update0unchanged0not imported');
    expect(await page.getByLabel('Day first: 03.11.2026 is 3 November 2026').evaluate((e) => e === document.activeElement)).toBe(true);
    expect(await page.locator('.import-row').first().textContent()).toMatch(/Contoso — Backend-Entwickler.*Applied: Tue 3 Nov/);

    await page.getByRole('button', { name: 'Import 2 applications' }).click();
    await eventually(() => focusedId(page)).toBe('import-report-heading');
    expect(await page.locator('.import-counts').textContent()).toBe('2created0updated0unchanged0rejected');
    await page.getByRole('link', { name: 'Open the board' }).click();
    await eventually(() => page.locator('li.board-card').count()).toBe(6);
    expect(await page.locator('.board').textContent()).toContain('Fabrikam');
    expect(session.tab.problems).toEqual([]);
  });

  it('looks right and has no serious accessibility problem in each state, light and dark, desktop and phone', async () => {
    const states: [string, (page: Page) => Promise<void>][] = [
      ['pick', (p) => p.getByText('Where do I find my file?').click()],
      ['preview', (p) => upload(p, 'Job Applications.csv', LINKEDIN)],
      ['mapping', (p) => upload(p, 'Bewerbungen.csv', SPREADSHEET)],
      [
        'date-order',
        async (p) => {
          await upload(p, 'Bewerbungen.csv', SPREADSHEET);
          for (const [header, field] of [['Firma', 'company'], ['Stelle', 'role'], ['Beworben am', 'appliedAt']] as const) await p.getByLabel(`${header} imports as`).selectOption(field);
          await p.getByRole('group', { name: 'Which order are the dates written in?' }).waitFor();
        },
      ],
      [
        'report',
        async (p) => {
          await upload(p, 'Job Applications.csv', LINKEDIN);
          await p.getByRole('button', { name: 'Import anyway' }).click();
          await eventually(() => focusedId(p)).toBe('import-report-heading');
        },
      ],
    ];
    for (const [state, reach] of states) {
      for (const scheme of ['light', 'dark'] as const) {
        for (const [size, viewport] of [['desktop', DESKTOP], ['phone', PHONE]] as const) {
          const where = `import-${state} ${scheme} ${size}`;
          const view = await openTab(session.browser, { zone: ZONE, colorScheme: scheme, viewport });
          try {
            await view.page.goto(`${session.server.url}/#/import`);
            await view.page.getByRole('heading', { level: 1, name: 'Import applications' }).waitFor();
            await reach(view.page);
            const violations = await seriousViolations(view.page);
            expect(violations, `${where}:\n${describeViolations(violations)}`).toEqual([]);
            const overflow = await view.page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
            expect(overflow, `${where} is wider than the screen`).toBeLessThanOrEqual(0);
            await screenshot(view.page, `import-${state}-${scheme}-${size}`);
            expect(view.problems, where).toEqual([]);
          } finally {
            await view.context.close();
          }
        }
      }
    }
  });
});
