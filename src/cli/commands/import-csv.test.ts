import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { tempRuntime, type TempRuntime } from '../../../test/support/temp-runtime';
import { runWith } from '../cli-test-kit';
import type { CliIo } from '../io';
import { runCli } from '../run-cli';

const fixture = (name: string) =>
  fileURLToPath(new URL(`../../core/import/fixtures/${name}`, import.meta.url));

let rt: TempRuntime;
const runtime = () => ({ store: rt.store, deps: rt.deps, chat: null, close: async () => {} });
const run = (...argv: string[]) => runWith(runtime(), argv);
beforeEach(async () => {
  rt = await tempRuntime('2026-01-15T15:00:00Z', 'America/New_York');
});
afterEach(() => rt.cleanup());

/** Runs the CLI as if at a terminal, typing `answers` when asked. */
async function runAtTerminal(argv: string[], answers: string[]) {
  let stdout = '';
  let stderr = '';
  const stdin = Object.assign(Readable.from(answers), { isTTY: true });
  const io: CliIo = {
    stdout: { write: (s: string) => (stdout += s), isTTY: true },
    stderr: { write: (s: string) => (stderr += s), isTTY: true },
    stdin,
    env: { NO_COLOR: '1' },
    compose: async () => runtime(),
  };
  return { code: await runCli(argv, io), stdout, stderr };
}

async function csvFile(name: string, text: string): Promise<string> {
  const file = join(rt.home, name);
  await writeFile(file, text);
  return file;
}

describe('hearback import csv', () => {
  it('imports a known format, reports the counts, and changes nothing the second time', async () => {
    const first = await run('import', 'csv', fixture('teal.csv'));
    expect(first.code).toBe(0);
    expect(first.stdout).toContain('Read teal.csv as Teal (exact match): utf-8, comma-separated.');
    expect(first.stdout).toContain('Imported: 9 created, 0 updated, 0 unchanged, 0 rejected.');
    const again = await run('import', 'csv', fixture('teal.csv'));
    expect(again.stdout).toContain('Imported: 0 created, 0 updated, 9 unchanged, 0 rejected.');
    expect(await rt.deps.db.countApplications()).toBe(9);
  });

  it('dry-runs with a preview and writes nothing', async () => {
    const r = await run('import', 'csv', fixture('huntr.csv'), '--dry-run');
    expect(r.stdout).toContain(
      'Dry run, nothing written. It would give: 5 created, 0 updated, 0 unchanged, 0 rejected.',
    );
    expect(r.stdout).toMatch(/line 6\s+created\s+offer\s+Hooli — Site Reliability Engineer/);
    expect(await rt.deps.db.countApplications()).toBe(0);
  });

  it('lists rejected rows with their reasons', async () => {
    const r = await run('import', 'csv', fixture('rejected-rows.csv'), '--yes');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Rejected rows (4), nothing written for them:\n  line 3: no company name\n');
  });

  it('never guesses a date order: without a terminal it says which option to pass, and exits 2', async () => {
    const r = await run('import', 'csv', fixture('dates-ambiguous.csv'));
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(
      '"Applied" could be day/month/year or month/day/year (e.g. 03/04/2024, 05/06/2024)',
    );
    expect(r.stderr).toContain('--date-order DMY');
    expect(await rt.deps.db.countApplications()).toBe(0);
    expect(
      (await run('import', 'csv', fixture('dates-ambiguous.csv'), '--date-order', 'dmy', '--yes')).code,
    ).toBe(0);
    expect((await rt.deps.db.listApplications()).map((a) => a.appliedAt).sort()[0]).toBe(
      '2024-04-03T16:00:00Z',
    );
  });

  it('asks for the date order at a terminal, and reads the dates as answered', async () => {
    const r = await runAtTerminal(['import', 'csv', fixture('dates-ambiguous.csv')], ['MDY\n', 'y\n']);
    expect(r.stderr).toContain('Which order are they in?');
    expect(r.stdout).toContain('"Applied" read as month/day/year (decided by given).');
    expect((await rt.deps.db.listApplications()).map((a) => a.appliedAt).sort()[0]).toBe(
      '2024-03-04T17:00:00Z',
    );
  });

  it('shows the columns and how to write --map when it finds no company or role', async () => {
    const r = await run('import', 'csv', fixture('generic-unmapped.csv'));
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/Firm\s+->\s+\(not imported\)\s+e\.g\. Acme Corp, Globex/);
    expect(r.stderr).toContain('hearback import csv generic-unmapped.csv --map "Firm=company,Posting=role"');
    const mapped = await run(
      'import',
      'csv',
      fixture('generic-unmapped.csv'),
      '--map',
      'Firm=company,Posting=role,Sent on=appliedAt',
    );
    expect(mapped.stdout).toContain('2 created');
  });

  it('shows a guessed format before writing: a script needs --yes, a person answers', async () => {
    const file = await csvFile('mine.csv', 'Company,Position,Applied on\nAcme,Engineer,2025-12-22\n');
    const script = await run('import', 'csv', file);
    expect(script.code).toBe(2);
    expect(script.stderr).toMatch(/Position\s+->\s+role\s+e\.g\. Engineer/);
    expect(script.stderr).toContain('run again with --yes');
    expect(await rt.deps.db.countApplications()).toBe(0);
    expect((await runAtTerminal(['import', 'csv', file], ['n\n'])).code).toBe(2);
    expect(await rt.deps.db.countApplications()).toBe(0);
    expect((await runAtTerminal(['import', 'csv', file], ['y\n'])).stdout).toContain('1 created');
    expect((await run('import', 'csv', file, '--yes')).stdout).toContain('1 unchanged');
  });

  it('gives the whole report with --json, and the outcome that needs the user with exit 2', async () => {
    const r = await run('--json', 'import', 'csv', fixture('jobsync.csv'));
    expect(r.json()).toMatchObject({
      kind: 'imported',
      dryRun: false,
      report: { created: 5, rejected: [] },
      file: { format: 'jobsync' },
    });
    const needs = await run('--json', 'import', 'csv', fixture('dates-ambiguous.csv'));
    expect(needs.code).toBe(2);
    expect(needs.json()).toMatchObject({ kind: 'needs-date-order', columns: [{ header: 'Applied' }] });
  });

  it('names an unreadable file, a bad --map and a bad delimiter', async () => {
    const broken = await csvFile('broken.csv', 'Company,Role\n"Acme,Engineer\n');
    expect((await run('--json', 'import', 'csv', broken)).json()).toMatchObject({
      error: {
        code: 'validation',
        field: 'file',
        message: expect.stringContaining('broken.csv cannot be read as CSV'),
      },
    });
    expect(
      (await run('--json', 'import', 'csv', fixture('generic-unmapped.csv'), '--map', 'Firm=firm')).json(),
    ).toMatchObject({ error: { field: 'map' } });
    expect(
      (await run('--json', 'import', 'csv', fixture('teal.csv'), '--delimiter', 'pipe')).json(),
    ).toMatchObject({ error: { field: 'delimiter' } });
    expect((await run('import', 'csv', join(rt.home, 'missing.csv'))).code).toBe(2);
  });

  it('reads the file from standard input with "-"', async () => {
    const r = await runWith(
      runtime(),
      ['import', 'csv', '-'],
      'Company Name,Job Title,Status\nAcme,Engineer,Applied\n',
    );
    expect(r.stdout).toContain('Read standard input as Teal');
    expect(r.stdout).toContain('1 created');
  });
});
