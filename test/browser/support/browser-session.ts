import type { Browser } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launchChromium, openTab, type Tab } from './browser';
import { buildOnce } from './build-once';
import { startHearback, type RunningServer } from './hearback-server';

/** A hearback server and a Chromium tab on it, shared by the tests of one describe block. */
export interface BrowserSession {
  server: RunningServer;
  browser: Browser;
  tab: Tab;
}

/**
 * Starts hearback on a fixed clock and Chromium with one tab in the same zone before the tests of the
 * describe block it is called in, and stops both after them. The fields are set once the block's first
 * `beforeAll` has run, so a block's own `beforeAll`, registered after this call, can already use them.
 */
export function useBrowserSession(options: { now: string; zone: string; env?: Record<string, string> }): BrowserSession {
  const session = {} as BrowserSession;
  beforeAll(async () => {
    await buildOnce();
    [session.server, session.browser] = await Promise.all([startHearback(options), launchChromium()]);
    session.tab = await openTab(session.browser, { zone: options.zone });
  });
  afterAll(async () => {
    // Either may be missing when the other failed to start.
    await session.browser?.close();
    await session.server?.stop();
  });
  return session;
}
