import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { calendarToken, findCalendarUser } from '../app/calendar-token';
import { addApplication } from '../app/add-application';
import { tempRuntime, type TempRuntime } from '../../test/support/temp-runtime';
import { createServer, type HearbackServer } from './create-server';
import { TEST_HOST, TEST_PORT } from './server-test-kit';

let rt: TempRuntime;
let server: HearbackServer;
const get = (url: string, host = TEST_HOST) => server.app.inject({ method: 'GET', url, headers: { host } });

beforeEach(async () => {
  rt = await tempRuntime('2026-11-23T15:00:00Z');
  server = await createServer({ mode: 'local', port: TEST_PORT, depsFor: () => rt.deps, users: ['local'], scheduler: false, log: () => undefined, calendarUser: (token) => findCalendarUser(rt.store, token) });
  await addApplication(rt.deps, { company: 'Acme', role: 'Engineer', appliedAt: '2026-11-13', timezone: 'America/New_York', country: 'US' });
});
afterEach(async () => {
  await server.close();
  await rt.cleanup();
});

describe('GET /ical/<token>.ics', () => {
  it('serves the calendar of the token, linking to this server', async () => {
    const token = await calendarToken(rt.deps);
    const res = await get(`/ical/${token}.ics`);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('text/calendar; charset=utf-8');
    expect(res.headers['cache-control']).toBe('no-store');
    expect(res.body).toMatch(/^BEGIN:VCALENDAR/);
    expect(res.body).toContain('Acme');
    expect(res.body.replace(/\r\n /g, '')).toContain(`http://127.0.0.1:${TEST_PORT}/#/applications/`);
  });

  it('answers a wrong, rotated or malformed token with 404', async () => {
    const old = await calendarToken(rt.deps);
    await calendarToken(rt.deps, { rotate: true });
    for (const url of [`/ical/${old}.ics`, `/ical/${'A'.repeat(43)}.ics`, '/ical/nope.ics', `/ical/${old}`]) {
      expect((await get(url)).statusCode, url).toBe(404);
    }
  });

  it('keeps the Host check', async () => {
    const token = await calendarToken(rt.deps);
    expect((await get(`/ical/${token}.ics`, 'evil.example:4720')).statusCode).toBe(403);
  });
});
