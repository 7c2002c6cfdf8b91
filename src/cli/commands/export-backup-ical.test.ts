import { readFile, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import ICAL from 'ical.js';
import PostalMime from 'postal-mime';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { tempRuntime, type TempRuntime } from '../../../test/support/temp-runtime';
import { runWith } from '../cli-test-kit';

let rt: TempRuntime;
let other: TempRuntime;
const cli =
  (t: TempRuntime) =>
  (...argv: string[]) =>
    runWith({ store: t.store, deps: t.deps, chat: null, close: async () => {} }, argv);
const run = (...argv: string[]) => cli(rt)(...argv);
beforeEach(async () => {
  [rt, other] = await Promise.all([tempRuntime('2026-11-23T15:00:00Z'), tempRuntime('2026-11-23T15:00:00Z')]);
  await run(
    'add',
    '--company',
    '=HYPERLINK("http://evil.example")',
    '--role',
    'Engineer, Backend',
    '--applied',
    '2026-11-13',
    '--tz',
    'America/New_York',
    '--country',
    'US',
    '--contact',
    'Dana Smith <dana@acme.io>',
  );
});
afterEach(async () => {
  await Promise.all([rt.cleanup(), other.cleanup()]);
});

describe('hearback export', () => {
  it('writes a spreadsheet-safe CSV with a BOM, atomically and readable only by the user', async () => {
    const file = join(rt.home, 'apps.csv');
    const r = await run('export', 'csv', '--out', file);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain(`Wrote ${file}.`);
    const text = await readFile(file, 'utf8');
    expect(text.startsWith('\uFEFFCompany,Role,Stage,Applied,')).toBe(true);
    expect(text).toContain(`"'=HYPERLINK(""http://evil.example"")","Engineer, Backend",applied,2026-11-13,`);
    expect((await stat(file)).mode & 0o777).toBe(0o600);
  });

  it('writes JSON with `export json`, and keeps `--json export` working', async () => {
    const a = await run('export', 'json');
    expect(JSON.parse(a.stdout)).toMatchObject({
      format: 'hearback-export',
      applications: [{ role: 'Engineer, Backend' }],
    });
    expect((await run('--json', 'export')).stdout).toBe(a.stdout);
    expect((await run('--json', 'export', 'csv')).json()).toMatchObject({
      mediaType: 'text/csv',
      content: expect.stringContaining('Company,Role'),
    });
  });

  it('asks which format when none is given, and replaces an existing file in one step', async () => {
    expect((await run('--json', 'export', 'xml')).json()).toMatchObject({ error: { field: 'format' } });
    expect((await run('export')).code).toBe(2);
    const file = join(rt.home, 'out.json');
    await writeFile(file, 'old', { mode: 0o644 });
    expect((await run('--json', 'export', 'json', '--out', file)).json()).toMatchObject({ written: file });
    expect(JSON.parse(await readFile(file, 'utf8'))).toMatchObject({ format: 'hearback-export' });
    expect((await stat(file)).mode & 0o777).toBe(0o600);
    expect(
      (await run('--json', 'export', 'json', '--out', join(rt.home, 'no', 'such', 'dir.json'))).json(),
    ).toMatchObject({ error: { field: 'out', message: expect.stringContaining('folder does not exist') } });
  });
});

describe('hearback backup and restore', () => {
  it('backs up, restores into an empty store, refuses a full one, and round-trips the bytes', async () => {
    const file = join(rt.home, 'backup.json');
    expect((await run('backup', '--out', file)).stderr).toContain(`hearback restore ${file}`);
    const restored = await cli(other)('restore', file);
    expect(restored.code).toBe(0);
    expect(restored.stdout).toContain(
      'Restored 1 application, 1 contact, 1 event, 1 planned action and 0 snoozes and skips.',
    );
    expect((await cli(other)('export', 'json')).stdout).toBe(await readFile(file, 'utf8'));
    const again = await cli(other)('--json', 'restore', file);
    expect(again.code).toBe(2);
    expect(again.json()).toMatchObject({ error: { code: 'store_not_empty' } });
  });

  it('names the broken part of a file it cannot restore', async () => {
    const file = join(rt.home, 'bad.json');
    await writeFile(file, JSON.stringify({ format: 'hearback-export', version: 1, exportedAt: 'yesterday' }));
    const r = await cli(other)('restore', file);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/not a backup hearback can restore:\n {2}exportedAt: /);
  });
});

describe('hearback ical', () => {
  it('prints a subscription address, keeps it, and replaces it on --rotate', async () => {
    const url = (await run('ical', '--url')).stdout.trim();
    expect(url).toMatch(/^http:\/\/127\.0\.0\.1:4720\/ical\/[A-Za-z0-9_-]{43}\.ics$/);
    expect((await run('ical', '--url')).stdout.trim()).toBe(url);
    const rotated = (await run('--json', 'ical', '--rotate')).json() as { url: string; rotated: boolean };
    expect(rotated.rotated).toBe(true);
    expect(rotated.url).not.toBe(url);
    expect(
      (
        await runWith({ store: rt.store, deps: rt.deps, chat: null, close: async () => {} }, [
          'ical',
          '--url',
          '--app-url',
          'https://hb.example.org/',
        ])
      ).stdout.trim(),
    ).toBe(rotated.url.replace('http://127.0.0.1:4720', 'https://hb.example.org'));
  });

  it('writes the calendar file that ical.js reads back', async () => {
    const file = join(rt.home, 'hearback.ics');
    await run('ical', '--out', file);
    const events = new ICAL.Component(ICAL.parse(await readFile(file, 'utf8'))).getAllSubcomponents('vevent');
    expect(events.map((e) => new ICAL.Event(e).summary)).toEqual([
      'Follow up with =HYPERLINK("http://evil.example") — Engineer, Backend',
    ]);
  });
});

describe('hearback digest', () => {
  it('writes the morning e-mail as an .eml file', async () => {
    const file = join(rt.home, 'digest.eml');
    expect((await run('digest', '--out', file, '--to', 'me@example.org')).code).toBe(0);
    const mail = await PostalMime.parse(await readFile(file));
    expect(mail.subject).toBe('hearback: 1 thing to do today (Mon 23 Nov)');
    expect(mail.text).toContain('1. Follow up with =HYPERLINK');
    expect((await run('digest', '--days', 'lots')).code).toBe(2);
  });

  it('turns the daily e-mail on at a time of the user’s day, and off, naming --daily on a bad time', async () => {
    const on = await run('--json', 'digest', '--daily', '07:45');
    expect(on.code).toBe(0);
    expect(on.json()).toEqual({ enabled: true, time: '07:45', to: null, lastSentDay: null });
    expect(on.stderr).toContain('No mail account is set up yet');
    const bad = await run('--json', 'digest', '--daily', '7.45am');
    expect(bad.code).toBe(2);
    expect(bad.json()).toMatchObject({ error: { code: 'validation', field: 'daily' } });
    expect((await run('digest', '--daily', 'off')).stdout).toContain('The morning digest is off.');
    expect((await run('--json', 'digest', '--send', '--out', 'x.eml')).json()).toMatchObject({ error: { field: 'out' } });
  });
});
