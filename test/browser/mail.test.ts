import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openStore } from '../../src/store/open-store';
import { dovecotAvailable } from '../support/dovecot';
import { hedgedNews, replyInThread } from '../support/mail-fixtures';
import { startMailServers, type MailServers } from '../support/mail-servers';
import { ARTIFACTS, DESKTOP, PHONE, chromiumPresent, describeViolations, eventually, launchChromium, openTab, screenshot, seriousViolations, type Tab } from './support/browser';
import { callApi } from './support/api';
import { buildOnce } from './support/build-once';
import { startHearback, type RunningServer } from './support/hearback-server';

/** Monday 23 November 2026, 09:01 in New York: inside the morning send window of a business day. */
const NOW = '2026-11-23T14:01:00Z';
const ZONE = 'America/New_York';

const run = chromiumPresent() && dovecotAvailable();

/**
 * Mail in the browser, against a real Dovecot and SMTP server: the account set up in Settings, a follow-up
 * sent from Today with "Send with hearback", the outbox, a reply applied from the inbox and an unsure
 * message accepted in Review; axe, the phone width and screenshots on each new view, light and dark.
 */
describe.runIf(run)('mail in the browser', { timeout: 90_000 }, () => {
  let servers: MailServers;
  let server: RunningServer;
  let browser: Browser;
  let tab: Tab;
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    await buildOnce();
    servers = await startMailServers();
    [server, browser] = await Promise.all([startHearback({ now: NOW, zone: ZONE, env: { HEARBACK_SECRET_KEY: servers.secretKey } }), launchChromium()]);
    tab = await openTab(browser, { zone: ZONE });
    tab.page.setDefaultTimeout(10_000);
    await callApi(server, 'PATCH', '/api/profile', { name: 'Alex Doe', signature: 'Best regards,\nAlex Doe', headline: 'Backend engineer', strengths: ['PostgreSQL', 'Kafka'] });
    for (const [company, email, timezone, country] of [
      ['Acme', 'dana@acme.io', 'America/New_York', 'US'],
      ['Globex', 'lee@globex.example', 'Europe/London', 'GB'],
    ] as const) {
      // Globex's first follow-up has been due since last week, so it waits for London's next send window.
      const appliedAt = company === 'Acme' ? '2026-11-13T15:00:00Z' : '2026-11-04T10:00:00Z';
      const added = await callApi<{ application: { id: string } }>(server, 'POST', '/api/applications', { company, role: 'Senior Backend Engineer', appliedAt, timezone, country, contacts: [{ name: company === 'Acme' ? 'Dana Smith' : 'Lee Chen', email, role: 'hiring_manager' }] });
      ids[company] = added.application.id;
    }
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
    await servers?.stop();
  });

  /** Checks the page with axe, its width, the console, and saves screenshots, in each scheme and size. */
  async function checkEverywhere(name: string, path: string, ready: (page: Page) => Promise<void>, sizes = [{ name: 'desktop', viewport: DESKTOP }, { name: 'phone', viewport: PHONE }]): Promise<void> {
    for (const scheme of ['light', 'dark'] as const) {
      for (const size of sizes) {
        const view = await openTab(browser, { zone: ZONE, colorScheme: scheme, viewport: size.viewport });
        try {
          await view.page.goto(`${server.url}${path}`);
          await ready(view.page);
          const violations = await seriousViolations(view.page);
          expect(violations, `${name} ${scheme} ${size.name}:\n${describeViolations(violations)}`).toEqual([]);
          const overflow = await view.page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
          expect(overflow, `${name} ${scheme} ${size.name} is wider than the screen`).toBeLessThanOrEqual(0);
          await screenshot(view.page, `mail-${name}-${scheme}-${size.name}`);
          expect(view.problems, `${name} ${scheme} ${size.name}`).toEqual([]);
        } finally {
          await view.context.close();
        }
      }
    }
  }

  it('sets up the account in Settings, saying which server failed and why, then saving when both work', async () => {
    // Before there is an account, the Mail page says where to add one.
    await checkEverywhere('empty', '/#/mail', (p) => p.getByRole('link', { name: 'Connect your mailbox in Settings' }).waitFor(), [{ name: 'phone', viewport: PHONE }]);
    const { page } = tab;
    await page.goto(`${server.url}/#/settings/mail`);
    const panel = page.locator('section.mail-account');
    await panel.getByRole('heading', { name: 'Connect your mailbox' }).waitFor();
    // The morning e-mail needs the account: until there is one, it says so and offers no "Send one now".
    const digest = page.locator('section.digest-panel');
    await digest.getByText('The morning e-mail goes out through your mail account: set one up in the Mail panel above first.').waitFor();
    expect(await digest.getByRole('button', { name: 'Send one now' }).count()).toBe(0);
    await panel.getByLabel('Another provider').check();
    await panel.getByLabel('Email address', { exact: true }).fill('alex@me.example');
    await panel.getByLabel('Your name, as recipients see it').fill('Alex Doe');
    await panel.getByLabel('App password').fill('secret');
    const imap = panel.getByRole('group', { name: 'Reading mail (IMAP)' });
    await imap.getByLabel('Server', { exact: true }).fill('127.0.0.1');
    await imap.getByLabel('Security').selectOption('plain');
    await imap.getByLabel('Port', { exact: true }).fill(String(servers.dovecot.port));
    const smtp = panel.getByRole('group', { name: 'Sending mail (SMTP)' });
    await smtp.getByLabel('Server', { exact: true }).fill('127.0.0.1');
    await smtp.getByLabel('Security').selectOption('plain');
    await smtp.getByLabel('Port', { exact: true }).fill('1');
    await panel.getByLabel('Login, if not the email address').fill('alex');
    await panel.getByRole('button', { name: 'Test and save' }).click();
    await panel.getByText('Nothing was saved.').waitFor();
    expect(await panel.locator('.checks').textContent()).toMatch(/Failed Sending \(SMTP\): nothing accepts connections at 127\.0\.0\.1:1.*Works Reading \(IMAP\): logged in to 127\.0\.0\.1/);
    await screenshot(page, 'mail-settings-failed');

    await smtp.getByLabel('Port', { exact: true }).fill(String(servers.smtp.port));
    await panel.getByRole('button', { name: 'Test and save' }).click();
    await eventually(() => panel.locator('dl.facts').textContent()).toContain('alex@me.example');
    expect(await panel.textContent()).not.toContain('secret');
    await checkEverywhere('settings', '/#/settings/mail', (p) => p.locator('section.mail-account dl.facts').waitFor());
  });

  it('sends a follow-up from Today with "Send with hearback", and shows it sent and on the timeline', async () => {
    const { page } = tab;
    await page.goto(`${server.url}/#/today`);
    const card = page.locator('article.action-card', { hasText: 'Dana Smith' }).first();
    const subject = ((await card.locator('.draft-subject').textContent()) ?? '').replace(/^Subject: /, '');
    await card.getByRole('button', { name: 'Send with hearback' }).click();
    const panel = card.locator('section.send-panel');
    await eventually(() => panel.locator('.send-when').textContent()).toContain('Goes out right away');
    expect(await panel.locator('.send-when').textContent()).toContain('Mon 23 Nov, 09:01 their time (UTC−05:00)');
    expect(await panel.textContent()).toContain('From Alex Doe <alex@me.example> to Dana Smith <dana@acme.io>');
    await screenshot(page, 'mail-today-send-panel');
    await panel.getByRole('button', { name: 'Approve and queue' }).click();

    // The sender is woken by the approval; the page hears that it went out over the event stream.
    await eventually(() => servers.smtp.received.length).toBe(1);
    // What went out is what the card showed.
    expect(servers.smtp.received[0]?.raw.toString('utf8')).toContain(`Subject: ${subject}`);
    const sent = page.locator('section.sent-section');
    await eventually(() => sent.textContent()).toContain('to Dana Smith at Acme');
    await eventually(() => page.locator('article.action-card', { hasText: 'Dana Smith' }).count()).toBe(0);
    await sent.getByRole('link', { name: 'Acme' }).click();
    await eventually(() => page.locator('ol.timeline').textContent()).toContain('Follow-up sent');
  });

  it('queues one for the recipient morning, and shows it queued with Cancel on Today', async () => {
    const { page } = tab;
    await page.goto(`${server.url}/#/today`);
    // Overdue since last week, and 14:01 in London is past the morning send window there: it waits for tomorrow's.
    const card = page.locator('article.action-card', { hasText: 'Lee Chen' }).first();
    // An edit the linter objects to: approving waits until the user says to send it anyway.
    await card.getByRole('button', { name: 'Edit draft' }).click();
    const message = card.getByLabel('Message');
    await message.fill(`${await message.inputValue()}\n\nPlease reply ASAP.`);
    await card.getByRole('button', { name: 'Send with hearback' }).click();
    await eventually(() => card.locator('.send-when').textContent()).toContain('Goes out Tue 24 Nov, 09:00 their time (UTC+00:00)');
    const approve = card.getByRole('button', { name: 'Approve and queue' });
    await card.getByLabel('Send it anyway: I have read what is marked “Fix”.').waitFor();
    expect(await approve.isDisabled()).toBe(true);
    await page.setViewportSize(PHONE);
    await page.emulateMedia({ colorScheme: 'dark' });
    await card.locator('section.send-panel').scrollIntoViewIfNeeded();
    await page.screenshot({ path: `${ARTIFACTS}/mail-today-send-blocked-dark-phone.png` });
    await page.setViewportSize(DESKTOP);
    await page.emulateMedia({ colorScheme: 'light' });
    await card.getByLabel('Send it anyway: I have read what is marked “Fix”.').check();
    await approve.click();
    await eventually(() => card.locator('.mail-state').textContent()).toContain('Queued — goes out Tue 24 Nov, 09:00 their time');
    await card.getByRole('button', { name: 'Cancel sending' }).waitFor();
    await checkEverywhere('today', '/#/today', (p) => p.locator('.mail-state').first().waitFor());
  });

  it('applies a reply from the inbox, which stops the chain, and accepts an unsure message in Review', async () => {
    const { page } = tab;
    const messageId = servers.smtp.received[0]?.messageId ?? '';
    await servers.dovecot.append('INBOX', replyInThread(messageId, 'reply-browser@acme.io'));
    await servers.dovecot.append('INBOX', hedgedNews('maybe-browser@acme.io'));
    await page.goto(`${server.url}/#/mail/review`);
    await page.getByRole('button', { name: 'Check now' }).click();
    await eventually(() => page.locator('.mail-status [role="status"]').textContent()).toMatch(/new mail|Read \d new message/i);
    const review = page.locator('li.review-entry', { hasText: 'Update on the role' });
    await review.waitFor();
    expect(await review.textContent()).toContain('Looks like a rejection');
    const recent = page.locator('ul.recent-mail');
    await eventually(() => recent.textContent()).toContain('They replied on Acme');
    // The reply ends the chain it answers: the second follow-up planned for Mon 30 Nov is gone from Today.
    const plan = await callApi<{ plan: { actions: { id: string }[] } }>(server, 'GET', `/api/applications/${ids['Acme'] ?? ''}`);
    expect(plan.plan.actions.map((a) => a.id)).not.toContain(`${ids['Acme'] ?? ''}-fu2`);
    await page.goto(`${server.url}/#/today`);
    await page.locator('section.sent-section').waitFor();
    expect(await page.locator('.upcoming-section').textContent()).not.toContain('Send Dana Smith a second follow-up');
    await page.goto(`${server.url}/#/mail/review`);
    await checkEverywhere('review', '/#/mail/review', async (p) => {
      await p.locator('li.review-entry summary').first().click();
      await p.locator('details.evidence li').first().waitFor();
    });
    await checkEverywhere('outbox', '/#/mail', (p) => p.locator('li.outbox-entry').first().waitFor());

    await review.getByRole('button', { name: 'Accept' }).click();
    await page.getByText('Accepted: Update on the role').waitFor();
    await eventually(() => page.locator('li.review-entry').count()).toBe(0);
    await eventually(() => recent.locator('li').count()).toBe(2);

    await page.goto(`${server.url}/#/applications/${ids['Acme'] ?? ''}`);
    const timeline = page.locator('ol.timeline');
    await eventually(() => timeline.textContent()).toContain('They replied');
    expect(await timeline.textContent()).toContain('Rejection');
    await screenshot(page, 'mail-application-after-mail');
  });

  it('asks the user to settle a message hearback could not, in plain words', async () => {
    // A sender that died mid-send leaves this behind; here it is made by hand in the server's store.
    const store = await openStore({ home: server.home });
    try {
      const db = store.forUser('local');
      const row = (await db.listOutbox({ states: ['queued'] }))[0];
      if (!row) throw new Error('nothing queued');
      await db.updateOutbox(row.actionId, { state: 'needs_decision', reason: 'hearback stopped while sending', updatedAt: NOW }, { states: ['queued'] });
    } finally {
      await store.close();
    }
    const { page } = tab;
    await page.goto(`${server.url}/#/mail`);
    const entry = page.locator('section.outbox-section', { has: page.getByRole('heading', { name: /Needs your decision/ }) }).locator('li.outbox-entry');
    await entry.getByText('hearback may or may not have sent this.').waitFor();
    await screenshot(page, 'mail-outbox-decision');
    await entry.getByRole('button', { name: 'It was sent' }).click();
    await page.getByText('Recorded as sent.').waitFor();
    await eventually(() => page.getByRole('heading', { name: /Needs your decision/ }).count()).toBe(0);
    await eventually(() => page.getByRole('heading', { name: /^Sent/ }).textContent()).toContain('(2)');
  });

  it('turns the morning e-mail on in Settings and sends one now through the account', async () => {
    const { page } = tab;
    await page.goto(`${server.url}/#/settings`);
    const panel = page.locator('section.digest-panel');
    await panel.getByRole('button', { name: 'Send one now' }).waitFor();
    // An evening time, so the schedule does not send one by itself while the test looks on.
    await panel.getByLabel('Send me today’s actions at').check();
    await panel.getByLabel('Time of the morning e-mail').fill('18:00');
    await panel.getByRole('button', { name: 'Save morning e-mail' }).click();
    await page.getByText('Morning e-mail on: every day at 18:00.').waitFor();
    expect(await callApi(server, 'GET', '/api/digest')).toEqual({ enabled: true, time: '18:00', to: null, lastSentDay: null });

    const before = servers.smtp.received.length;
    await panel.getByRole('button', { name: 'Send one now' }).click();
    await page.getByText(/^Sent to alex@me\.example: “hearback:/).waitFor();
    await eventually(() => servers.smtp.received.length).toBe(before + 1);
    expect(servers.smtp.received.at(-1)?.raw.toString('utf8')).toMatch(/^Subject: hearback:/m);
    await eventually(() => panel.textContent()).toContain('Last sent for Mon 23 Nov.');
    expect(await panel.getByLabel('Send me today’s actions at').isChecked()).toBe(true);
    await checkEverywhere('settings-digest', '/#/settings', (p) => p.locator('section.digest-panel').getByRole('button', { name: 'Send one now' }).waitFor(), [{ name: 'phone', viewport: PHONE }]);
  });
});
