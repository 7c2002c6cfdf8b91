import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openStore } from './open-store';

const run = promisify(execFile);
const openStoreModule = fileURLToPath(new URL('./open-store.ts', import.meta.url));

describe('openStore', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'hearback-open-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('opens SQLite at <home>/hearback.db by default, migrated and ready', async () => {
    const store = await openStore({ home: join(dir, 'home') });
    expect(store.kind).toBe('sqlite');
    await store.ensureUser({ id: 'u' });
    expect(await store.forUser('u').countApplications()).toBe(0);
    await store.close();
    expect(existsSync(join(dir, 'home', 'hearback.db'))).toBe(true);
  });

  it('opens the SQLite file a sqlite: url names', async () => {
    const store = await openStore({ url: `sqlite:${join(dir, 'elsewhere.db')}`, home: join(dir, 'unused') });
    await store.close();
    expect(existsSync(join(dir, 'elsewhere.db'))).toBe(true);
    expect(existsSync(join(dir, 'unused'))).toBe(false);
  });

  it.each([
    ['a plain path', (d: string) => join(d, 'missing', 'x.db')],
    ['a sqlite: url', (d: string) => `sqlite:${join(d, 'missing', 'deeper', 'x.db')}`],
    ['a path under a file', (d: string) => join(d, 'home', 'hearback.db', 'x.db')],
  ])('refuses %s whose folder does not exist, naming db, and creates nothing', async (_name, url) => {
    await (await openStore({ home: join(dir, 'home') })).close();
    await expect(openStore({ url: url(dir), home: join(dir, 'unused') })).rejects.toMatchObject({ code: 'validation', field: 'db' });
    expect(existsSync(join(dir, 'missing'))).toBe(false);
    expect(existsSync(join(dir, 'unused'))).toBe(false);
  });

  it('creates the default data directory and its parents on first use', async () => {
    const store = await openStore({ home: join(dir, 'a', 'b', 'hearback') });
    await store.close();
    expect(existsSync(join(dir, 'a', 'b', 'hearback', 'hearback.db'))).toBe(true);
  });

  it('opens a private in-memory database for sqlite::memory:', async () => {
    const [one, two] = [
      await openStore({ url: 'sqlite::memory:' }),
      await openStore({ url: 'sqlite::memory:' }),
    ];
    await one.ensureUser({ id: 'u' });
    expect(await two.listUsers()).toEqual([]);
    await Promise.all([one.close(), two.close()]);
  });

  it('reports a PostgreSQL server that refuses connections as store_unavailable', async () => {
    // Port 1 on the loopback interface is closed on any sane machine, so the refusal is immediate.
    await expect(openStore({ url: 'postgres://nobody@127.0.0.1:1/none' })).rejects.toMatchObject({
      code: 'store_unavailable',
    });
  });

  it('never loads pg on the SQLite path, and loads it for a postgres url', async () => {
    const loaded = async (url: string | undefined) => {
      const child = `const { openStore } = await import(${JSON.stringify(openStoreModule)});
        const { createRequire } = await import('node:module');
        try { const s = await openStore({ url: ${JSON.stringify(url)}, home: ${JSON.stringify(join(dir, 'cold'))} }); await s.close(); } catch {}
        const cache = Object.keys(createRequire(import.meta.url).cache);
        console.log(JSON.stringify({ pg: cache.some((p) => p.includes('/node_modules/pg/')) }));`;
      const { stdout } = await run(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', child]);
      return JSON.parse(stdout.trim().split('\n').at(-1) ?? '{}') as { pg: boolean };
    };
    const [sqlite, postgres] = await Promise.all([
      loaded(undefined),
      loaded('postgres://nobody@127.0.0.1:1/none'),
    ]);
    expect(sqlite).toEqual({ pg: false });
    expect(postgres).toEqual({ pg: true });
  });
});
