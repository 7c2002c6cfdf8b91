import { describe, expect, it } from 'vitest';
import { callApi } from './support/api';
import { chromiumPresent, eventually, navigateTo } from './support/browser';
import { useBrowserSession } from './support/browser-session';

/** Tuesday 24 November 2026, 14:00 in New York: mid-afternoon of a business day. */
const NOW = '2026-11-24T19:00:00Z';
const ZONE = 'America/New_York';

const POSTING = `Senior Data Engineer
Northwind Analytics is hiring a Senior Data Engineer to build our streaming platform in Boston.
Questions? Contact our hiring manager Jordan Lee at jordan.lee@northwind.example.
`;

const NO_CONTACT_POSTING = `Site Reliability Engineer
Contoso Health is hiring an SRE to keep our clinics online.
Apply through our careers page. Please, no phone calls or emails: only shortlisted candidates will be contacted.
`;

const BERLIN_POSTING = `Senior Backend Engineer
Northwind Traders — Berlin, Germany
About us: Northwind Traders builds software for grocers.
`;

const run = chromiumPresent();

describe.runIf(run)('the browser journeys', { timeout: 60_000 }, () => {
  const session = useBrowserSession({ now: NOW, zone: ZONE });

  it('adds an application from a posting, logs an interview, and sends the thank-you from Today', async () => {
    const { page } = session.tab;
    await page.goto(session.server.url);
    await eventually(() => page.getByRole('heading', { name: 'Nothing due today' }).isVisible()).toBe(true);
    await page.getByRole('link', { name: 'Add an application' }).click();

    await page.getByLabel('Posting text').fill(POSTING);
    await page.getByRole('button', { name: 'Read the posting' }).click();
    await page.getByRole('heading', { name: 'What hearback found' }).waitFor();
    expect(await page.getByLabel('Company').inputValue()).toBe('Northwind Analytics');
    expect(await page.getByLabel('Role', { exact: true }).inputValue()).toBe('Senior Data Engineer');
    expect(await page.getByLabel('Contact 1 name').inputValue()).toBe('Jordan Lee');
    expect(await page.getByLabel('Contact 1 email').inputValue()).toBe('jordan.lee@northwind.example');
    await page.getByLabel('Date applied').fill('2026-11-16');
    await page.getByRole('button', { name: 'Save application' }).click();

    // The application page, with its plan: the first follow-up to the contact the posting named.
    await page.getByRole('heading', { level: 1, name: /Northwind Analytics/ }).waitFor();
    const plan = page.locator('.plan');
    await eventually(() => plan.textContent()).toContain('Follow up with Jordan Lee');
    await eventually(() => page.locator('.posting mark[data-kind="email"]').textContent()).toBe('jordan.lee@northwind.example');

    // Log this morning's interview with one interviewer and one discussion point.
    const form = page.locator('form.log-form');
    await form.getByLabel('What happened').selectOption('interview');
    await form.getByLabel(/^When \(/).fill('2026-11-24T10:00');
    await form.getByLabel('Interviewer 1 name').fill('Priya Natarajan');
    await form.getByLabel('Interviewer 1 email').fill('priya@northwind.example');
    await form.getByLabel('Discussion point 1').fill('the Kafka migration');
    await form.getByRole('button', { name: 'Log interview' }).click();
    await page.getByText('Interview logged.').waitFor();
    await eventually(() => page.locator('.interviews').textContent()).toContain('Priya Natarajan');
    await eventually(() => plan.textContent()).toContain('Thank Priya Natarajan for the interview');

    // Today: the thank-you, drafted to the interviewer by name.
    await navigateTo(page, 'Today');
    const card = page.locator('article.action-card', { hasText: 'Thank Priya Natarajan for the interview' });
    await card.waitFor();
    // A fresh store has no profile yet: the page says why the draft ends without a name.
    await eventually(() => page.locator('.unsigned-notice').textContent()).toBe('Your drafts end without your name: add it in Settings.');
    expect(await page.locator('.unsigned-notice a').getAttribute('href')).toBe('#/settings/profile');
    expect(await card.locator('.draft-body').textContent()).toContain('Priya');
    expect(await card.locator('.draft-title').textContent()).toContain('priya@northwind.example');
    expect(await card.getByRole('link', { name: 'Open in mail app' }).getAttribute('href')).toMatch(/^mailto:priya@northwind\.example\?subject=.+&body=.*Priya/);

    await card.getByRole('button', { name: 'Mark sent' }).click();
    await page.getByText(/Marked as sent: Thank Priya Natarajan/).waitFor();
    await eventually(() => card.count()).toBe(0);
    expect(await page.locator('.toast', { hasText: 'Marked as sent' }).getByRole('button', { name: 'Undo' }).isVisible()).toBe(true);

    // The timeline and the board show it.
    await navigateTo(page, 'Board');
    const column = page.locator('section.board-column[data-stage="interviewing"]');
    await eventually(() => column.textContent()).toContain('Northwind Analytics');
    await column.getByRole('link', { name: 'Northwind Analytics' }).click();
    const timeline = page.locator('ol.timeline');
    await eventually(() => timeline.locator('li').first().textContent()).toContain('Thank-you sent');
    expect(await timeline.textContent()).toContain('To Priya Natarajan');
    expect(session.tab.problems).toEqual([]);
  });

  it('plans no follow-up for a posting that asks not to be contacted, and says why', async () => {
    const { page } = session.tab;
    await page.goto(`${session.server.url}/#/add`);
    await page.getByLabel('Posting text').fill(NO_CONTACT_POSTING);
    await page.getByRole('button', { name: 'Read the posting' }).click();
    await page.getByText('The posting asks not to be contacted, so hearback will plan no follow-up before an interview.').waitFor();
    expect(await page.getByLabel(/asks not to be contacted/).isChecked()).toBe(true);
    await page.getByLabel('Date applied').fill('2026-11-16');
    await page.getByRole('button', { name: 'Save application' }).click();

    await page.getByRole('heading', { level: 1, name: /Contoso Health/ }).waitFor();
    const plan = page.locator('.plan');
    await eventually(() => plan.textContent()).toContain('The posting asks not to be contacted, so hearback plans no follow-up');
    expect(await plan.locator('.plan-action', { hasText: /Follow up/ }).count()).toBe(0);
    await eventually(() => page.locator('.posting mark[data-kind="no_contact"]').count()).toBeGreaterThan(0);

    // A recruiter's address found elsewhere: the page still offers it, with the posting's wish beside it.
    const id = decodeURIComponent(page.url().split('#/applications/')[1] ?? '');
    await callApi(session.server, 'POST', `/api/applications/${encodeURIComponent(id)}/contacts`, { name: 'Sam Rivera', email: 'sam@contoso.example' });
    const contact = page.locator('li.contact', { hasText: 'Sam Rivera' });
    await eventually(() => contact.locator('.contact-ways').textContent()).toBe('sam@contoso.example · The posting asks not to be contacted');

    await navigateTo(page, 'Today');
    await page.getByRole('heading', { name: 'Next 7 days' }).waitFor();
    expect(await page.locator('main').textContent()).not.toMatch(/Contoso Health/);
    expect(session.tab.problems).toEqual([]);
  });

  it('saves settings and the profile, and shows them again after a reload', async () => {
    const { page } = session.tab;
    await navigateTo(page, 'Settings');
    // A zone the server does not know is named once, as the form labels it, in plain words.
    await page.getByLabel('Your time zone').fill('Mars/Olympus');
    await page.getByRole('button', { name: 'Save settings' }).click();
    await eventually(() => page.locator('.settings-form [role="alert"]').textContent()).toBe('Time zone: not one we know; pick one from the list, such as Europe/Berlin');
    // The refused save is the one failed request Chromium reports to the console; nothing else may be.
    expect(session.tab.problems).toEqual(['console: Failed to load resource: the server responded with a status of 400 (Bad Request)']);
    session.tab.problems.length = 0;
    await page.getByLabel('Your time zone').fill('America/New_York');
    await page.getByLabel(/^Persistent/).check();
    await page.getByLabel(/Suggest giving up after silence of/).fill('12');
    await page.getByLabel(/^First follow-up, earliest/).fill('8');
    await page.getByLabel(/^First follow-up, latest/).fill('10');
    await page.getByRole('button', { name: 'Save settings' }).click();
    await page.getByText('Settings saved.').waitFor();
    await page.getByLabel('Your name', { exact: true }).fill('Alex Doe');
    await page.getByLabel('Signature').fill('Best regards,\nAlex Doe');
    await page.getByRole('button', { name: 'Save profile' }).click();
    await page.getByText('Profile saved.').waitFor();

    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Settings' }).waitFor();
    expect(await page.getByLabel(/^Persistent/).isChecked()).toBe(true);
    expect(await page.getByLabel(/Suggest giving up after silence of/).inputValue()).toBe('12');
    expect(await page.getByLabel(/^First follow-up, earliest/).inputValue()).toBe('8');
    expect(await page.getByLabel(/^Second follow-up, earliest/).inputValue()).toBe('');
    expect(await page.getByLabel('Signature').inputValue()).toBe('Best regards,\nAlex Doe');
    expect(session.tab.problems).toEqual([]);
  });

  it('pre-fills the employer\'s country, region and time zone from "Berlin, Germany"', async () => {
    const { page } = session.tab;
    await page.goto(`${session.server.url}/#/add`);
    await page.getByLabel('Posting text').fill(BERLIN_POSTING);
    await page.getByRole('button', { name: 'Read the posting' }).click();
    await page.getByText(/^Location: Berlin, Germany/).waitFor();
    expect(await page.getByLabel('Company').inputValue()).toBe('Northwind Traders');
    expect(await page.getByLabel(/^Country code/).inputValue()).toBe('DE');
    expect(await page.getByLabel(/^Region code/).inputValue()).toBe('BE');
    expect(await page.getByLabel("Employer's time zone").inputValue()).toBe('Europe/Berlin');
    expect(session.tab.problems).toEqual([]);
  });
});
