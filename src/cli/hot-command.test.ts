import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tempRuntime, type TempRuntime } from '../../test/support/temp-runtime';
import { runWith } from './cli-test-kit';
import { runCommander } from './commander-cli';
import { parseHotCommand } from './hot-command';
import type { CliIo } from './io';

describe('parseHotCommand', () => {
  it.each([
    [['today'], { name: 'today', global: {}, options: { days: '7' } }],
    [['--home', '/tmp/h', 'today', '--days=3'], { name: 'today', global: { home: '/tmp/h' }, options: { days: '3' } }],
    [['today', '--json', '--now', '2026-11-23T15:00:00Z'], { name: 'today', global: { json: true, now: '2026-11-23T15:00:00Z' }, options: { days: '7' } }],
    [['--db=sqlite:/tmp/x.db', 'today', '--all', '--days', '0'], { name: 'today', global: { db: 'sqlite:/tmp/x.db' }, options: { days: '0', all: true } }],
    [['today', '--days', 'soon'], { name: 'today', global: {}, options: { days: 'soon' } }],
  ])('reads the plain line %j itself', (argv, expected) => {
    expect(parseHotCommand(argv)).toEqual(expected);
  });

  it.each([
    [[], 'no command'],
    [['list'], 'another command'],
    [['today', '--help'], 'help'],
    [['--days', '3', 'today'], "a command's option before the command"],
    [['today', '--days'], 'a missing value'],
    [['today', '--days', '--all'], 'a value that looks like an option'],
    [['today', '--home='], 'an empty value'],
    [['today', '--all', '--all'], 'a repeated option'],
    [['today', '--json=yes'], 'a value given to a flag'],
    [['--playbook', 'balanced', 'today'], 'an option `today` refuses'],
    [['today', 'extra'], 'extra words'],
    [['today', '--'], 'the end-of-options marker'],
    [['today', '-h'], 'a short option'],
    [['--__proto__', 'x', 'today'], 'an option named like an object key'],
  ])('leaves %j to commander (%s)', (argv) => {
    expect(parseHotCommand(argv)).toBeNull();
  });
});

describe('the hot path', () => {
  let rt: TempRuntime;
  const runtime = () => ({ store: rt.store, deps: rt.deps, chat: null, close: async () => {} });
  beforeAll(async () => {
    rt = await tempRuntime('2026-11-23T15:00:00Z');
    await runWith(runtime(), ['add', '--company', 'Acme', '--role', 'Engineer', '--applied', '2026-11-13', '--tz', 'America/New_York', '--country', 'US', '--contact', 'Dana Smith <dana@acme.io>']);
    await runWith(runtime(), ['add', '--company', 'Globex', '--role', 'Analyst', '--applied', '2026-11-20', '--tz', 'Europe/Berlin', '--country', 'DE-BY']);
  });
  afterAll(() => rt.cleanup());

  /** The same line through commander, with the same runtime and capture as `runWith`. */
  async function viaCommander(argv: string[]) {
    let stdout = '';
    let stderr = '';
    const r = runtime();
    const io: CliIo = {
      stdout: { write: (s: string) => (stdout += s) },
      stderr: { write: (s: string) => (stderr += s) },
      stdin: process.stdin,
      env: { NO_COLOR: '1' },
      compose: async ({ now }) => ({ ...r, deps: now ? { ...r.deps, clock: { now: () => new Date(now) } } : r.deps }),
    };
    return { code: await runCommander(argv, io), stdout, stderr };
  }

  const word = fc.constantFrom('today', 'list', '--json', '--all', '--days', '--days=2', '--days=400', '3', 'x', '--now', '2026-11-25T10:00:00Z', '--now=2026-11-30T10:00:00Z', '--home', '--help', '--', '--playbook', 'balanced', '');

  it('prints exactly what commander prints, with the same exit code, for any line it takes', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(word, { maxLength: 6 }), async (argv) => {
        // --home would open another store: the property is about parsing, so the runtime stays the test's.
        fc.pre(!argv.includes('--home'));
        const hot = parseHotCommand(argv);
        fc.pre(hot !== null);
        // The test runtime takes --now as given; the composition root checks it (exercised in main's tests).
        fc.pre(hot?.global.now === undefined || !Number.isNaN(Date.parse(hot.global.now)));
        const [fast, slow] = [await runWith(runtime(), argv), await viaCommander(argv)];
        expect({ code: fast.code, stdout: fast.stdout, stderr: fast.stderr }).toEqual(slow);
      }),
      { numRuns: 60 },
    );
  });

  it('never throws, whatever the words', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(word, fc.string()), { maxLength: 8 }), (argv) => {
        const hot = parseHotCommand(argv);
        if (hot !== null) expect(hot.name).toBe('today');
      }),
    );
  });

  it('reports a bad value as commander would: the field, exit 2, JSON under --json', async () => {
    const fast = await runWith(runtime(), ['--json', 'today', '--days', 'soon']);
    expect(fast.code).toBe(2);
    expect(fast.json()).toMatchObject({ error: { code: 'validation', field: 'days' } });
    expect(fast).toMatchObject(await viaCommander(['--json', 'today', '--days', 'soon']));
  });
});
