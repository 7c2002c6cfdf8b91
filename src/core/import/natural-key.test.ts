import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import iconv from 'iconv-lite';
import { fingerprint, keyText, keyUrl, naturalKey } from './natural-key';
import { prepareImport } from './prepare-import';

const options = { zone: 'Europe/Berlin', now: '2026-01-15T10:00:00Z' };
const read = (name: string): Uint8Array => readFileSync(new URL(`./fixtures/${name}`, import.meta.url));
function keysOf(bytes: Uint8Array): string[] {
  const prepared = prepareImport(bytes, options);
  if (prepared.kind !== 'ready') throw new Error(prepared.kind);
  return prepared.rows.flatMap((r) => (r.kind === 'ok' ? [`${r.naturalKey}#${r.fingerprint}`] : []));
}

describe('keyText', () => {
  it.each([
    ['  Société Générale, S.A. ', 'societe generale s a'],
    ['SOCIETE  GENERALE S.A.', 'societe generale s a'],
    ['Müller & Söhne', 'muller sohne'],
    ['Senior Engineer (Backend)', 'senior engineer backend'],
  ])('compares "%s" as "%s"', (text, key) => {
    expect(keyText(text)).toBe(key);
  });
});

describe('keyUrl', () => {
  it.each([
    [
      'https://www.linkedin.com/jobs/view/3791234567/?refId=abc&trackingId=x%3D',
      'linkedin.com/jobs/view/3791234567',
    ],
    ['http://LinkedIn.com/jobs/view/3791234567#top', 'linkedin.com/jobs/view/3791234567'],
    ['https://boards.example/acme?gh_jid=42&utm_source=x&b=2&a=1', 'boards.example/acme?a=1&b=2&gh_jid=42'],
    ['https://acme.example:8443/Jobs/X', 'acme.example:8443/Jobs/X'],
    ['not a url', 'not a url'],
  ])('compares %s as %s', (url, key) => {
    expect(keyUrl(url)).toBe(key);
  });
});

describe('naturalKey', () => {
  const row = { company: 'Acme Corp', role: 'Senior Engineer', url: null, appliedOn: null, savedOn: null };
  it.each([
    [
      'uses the posting URL first',
      { url: 'https://www.acme.example/jobs/1/', appliedOn: '2024-11-20' },
      'acme corp|senior engineer|url:acme.example/jobs/1',
    ],
    [
      'uses the application date without a URL',
      { appliedOn: '2024-11-20', savedOn: '2024-11-01' },
      'acme corp|senior engineer|applied:2024-11-20',
    ],
    [
      'uses the saved date without either',
      { savedOn: '2024-11-01' },
      'acme corp|senior engineer|saved:2024-11-01',
    ],
    ['is company and role alone with nothing else', {}, 'acme corp|senior engineer'],
  ])('%s', (_name, extra, key) => {
    expect(naturalKey({ ...row, ...extra })).toBe(key);
  });

  it('gives a LinkedIn saved job and its later application the same key', () => {
    const saved = keysOf(read('linkedin-saved-jobs.csv')).map((k) => k.split('#')[0]);
    const applied = keysOf(read('linkedin-job-applications.csv')).map((k) => k.split('#')[0]);
    expect(saved.filter((k) => applied.includes(k))).toEqual([
      'acme corp|senior engineer|url:linkedin.com/jobs/view/3791234567',
    ]);
  });

  it('gives the same keys and fingerprints when the file is re-saved with a byte order mark', () => {
    expect(keysOf(read('teal-bom.csv'))).toEqual(keysOf(read('teal.csv')));
  });

  it('gives the same keys and fingerprints when the file is re-encoded as windows-1252 or UTF-16', () => {
    const text = new TextDecoder().decode(read('teal.csv'));
    const utf16 = new Uint8Array([
      0xff,
      0xfe,
      ...new Uint8Array(new Uint16Array([...text].map((c) => c.charCodeAt(0))).buffer),
    ]);
    expect(keysOf(utf16)).toEqual(keysOf(read('teal.csv')));
    const huntr1252 = keysOf(read('huntr-windows-1252.csv'));
    const huntrUtf8 = keysOf(
      new TextEncoder().encode(iconv.decode(Buffer.from(read('huntr-windows-1252.csv')), 'windows-1252')),
    );
    expect(huntrUtf8).toEqual(huntr1252);
  });

  it('gives the same keys and fingerprints whatever the order of the rows, columns and delimiter', () => {
    const [header = '', ...lines] = new TextDecoder().decode(read('huntr.csv')).trimEnd().split('\n');
    const expected = new Set(keysOf(read('huntr.csv')));
    fc.assert(
      fc.property(fc.shuffledSubarray(lines, { minLength: lines.length }), (shuffled) => {
        expect(new Set(keysOf(new TextEncoder().encode([header, ...shuffled].join('\r\n'))))).toEqual(
          expected,
        );
      }),
      { numRuns: 20 },
    );
    const swapped =
      'Job Title;Company;List;Date Applied;URL;Location;Date Added;Notes\nSenior Engineer;Acme Corp;Applied;2024-11-20;https://acme.example/careers/142;Austin, TX;2024-11-18;Referred by Sam\n';
    expect(keysOf(new TextEncoder().encode(swapped))).toEqual([...expected].slice(0, 1));
  });
});

describe('fingerprint', () => {
  it('is stable, 16 hex digits, and changes with any value', () => {
    expect(fingerprint(['Acme', null])).toBe(fingerprint(['Acme', null]));
    expect(fingerprint(['Acme', null])).toMatch(/^[0-9a-f]{16}$/);
    expect(fingerprint(['Acme', null])).not.toBe(fingerprint(['Acme', '']));
    expect(fingerprint(['Acme', 'x'])).not.toBe(fingerprint(['Acme', 'y']));
  });
});
