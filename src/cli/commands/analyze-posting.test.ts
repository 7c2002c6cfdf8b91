import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { tempRuntime, type TempRuntime } from '../../../test/support/temp-runtime';
import { runWith } from '../cli-test-kit';

let rt: TempRuntime;
const run = (argv: string[], stdin: string) => runWith({ store: rt.store, deps: rt.deps, chat: null, close: async () => {} }, argv, stdin);
beforeEach(async () => {
  rt = await tempRuntime('2026-11-23T15:00:00Z');
});
afterEach(() => rt.cleanup());

const POSTING = 'Senior Backend Engineer\nNorthwind Traders — Berlin, Germany\nAbout us: Northwind Traders builds tools.';

describe('hearback analyze-posting: location', () => {
  it('prints the location with its country, region and zone in the JSON', async () => {
    const r = await run(['--json', 'analyze-posting', '-'], POSTING);
    expect(r.json()).toMatchObject({
      company: 'Northwind Traders',
      location: { text: 'Berlin, Germany', country: 'DE', region: 'BE', timezone: 'Europe/Berlin' },
    });
  });

  it('prints the location in the text output', async () => {
    const r = await run(['analyze-posting', '-'], POSTING);
    expect(r.stdout).toMatch(/^location +Berlin, Germany \(DE, BE, Europe\/Berlin\)$/m);
  });
});
