import { describe, expect, it } from 'vitest';
import { useRuntimePair } from '../../test/support/temp-runtime';
import { exportApplicationsCsv } from './export-data';
import { importCsv } from './import-csv';

const NOW = '2026-01-15T15:00:00Z';
const pair = useRuntimePair(NOW);

const csv = (text: string): Uint8Array => new TextEncoder().encode(text);

/** Applications at every kind of stage, with values the exporter guards against formulas. */
const TRACKER = [
  'Company,Role,Status,Applied,Interview Date,Contact,Phone,Email,Location',
  '"=HYPERLINK(""http://evil.example"")",Engineer,Applied,2025-12-01,,Sam Lee,+1 555 0100,sam@acme.example,Berlin',
  'Globex,SRE,Interviewing,2025-11-20,2025-12-05,,,,',
  'Initech,-Dev,Rejected,2025-10-01,,,,,',
  'Hooli,@PM,Saved,,,,,,Remote',
].join('\n');

describe('exportApplicationsCsv', () => {
  it('gives the same file after its CSV is imported into an empty store', async () => {
    await importCsv(pair.source.deps, csv(TRACKER));
    const [globex] = (await pair.source.deps.db.listApplications()).filter((a) => a.company === 'Globex');
    await pair.source.deps.db.updateApplication({
      ...globex!,
      country: 'DE',
      region: 'BE',
      timezone: 'Europe/Berlin',
      decisionBy: '2026-01-30',
      deadline: '2025-11-30',
    });
    const first = await exportApplicationsCsv(pair.source.deps);
    expect(first).toContain(`"'=HYPERLINK(""http://evil.example"")"`);
    expect(first).toContain(`'+1 555 0100`);

    pair.target.clock.set('2026-02-01T09:00:00Z');
    const result = await importCsv(pair.target.deps, csv(first));
    expect(result.kind === 'imported' && [result.file.format, result.file.confidence]).toEqual(['hearback', 'exact']);
    const companies = (await pair.target.deps.db.listApplications()).map((a) => a.company).sort();
    expect(companies).toContain('=HYPERLINK("http://evil.example")');
    expect(await exportApplicationsCsv(pair.target.deps)).toBe(first);
  });
});
