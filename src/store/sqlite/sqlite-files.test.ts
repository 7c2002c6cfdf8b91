import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { MIGRATIONS } from '../migrations';
import { openSqliteStore } from './open-sqlite-store';

const run = promisify(execFile);
const openStoreModule = fileURLToPath(new URL('../open-store.ts', import.meta.url));
const mode = (path: string) => statSync(path).mode & 0o777;

describe('the SQLite database file', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'hearback-files-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('is created with mode 0600 inside a new 0700 directory, and so are its WAL files', async () => {
    const file = join(dir, 'nested', 'home', 'hearback.db');
    const store = openSqliteStore(file);
    await store.migrate();
    await store.ensureUser({ id: 'u' });
    expect(mode(join(dir, 'nested', 'home'))).toBe(0o700);
    expect(mode(file)).toBe(0o600);
    expect(existsSync(`${file}-wal`)).toBe(true);
    expect(mode(`${file}-wal`)).toBe(0o600);
    expect(mode(`${file}-shm`)).toBe(0o600);
    await store.close();
  });

  it('is left at the mode its owner chose when it already exists', async () => {
    const file = join(dir, 'shared.db');
    writeFileSync(file, '', { mode: 0o640 });
    const store = openSqliteStore(file);
    await store.migrate();
    await store.close();
    expect(mode(file)).toBe(0o640);
  });

  it('is in WAL mode', async () => {
    const file = join(dir, 'wal.db');
    const store = openSqliteStore(file);
    await store.migrate();
    const peek = new Database(file, { readonly: true });
    expect(peek.pragma('journal_mode', { simple: true })).toBe('wal');
    peek.close();
    await store.close();
  });

  it('refuses a path it cannot open as store_unavailable', () => {
    const notAFile = join(dir, 'a-directory');
    mkdirSync(notAFile);
    expect(() => openSqliteStore(notAFile)).toThrow(expect.objectContaining({ code: 'store_unavailable' }));
  });

  it('is migrated exactly once when several processes open a new file at the same moment', async () => {
    const home = join(dir, 'race');
    const ready = join(dir, 'ready');
    const go = join(dir, 'go');
    mkdirSync(ready);
    // Each child loads the code first, which is the slow part, then waits at a barrier so that all of them
    // open the store within a millisecond or two of each other.
    const child = `const { openStore } = await import(${JSON.stringify(openStoreModule)});
      const fs = await import('node:fs');
      fs.writeFileSync(${JSON.stringify(ready)} + '/' + process.pid, '');
      while (!fs.existsSync(${JSON.stringify(go)})) await new Promise((resolve) => setTimeout(resolve, 1));
      const store = await openStore({ home: ${JSON.stringify(home)} });
      await store.ensureUser({ id: 'u' + process.pid });
      await store.close();`;
    const count = 4;
    const children = Array.from({ length: count }, () =>
      run(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', child], { timeout: 30_000 }),
    );
    while (readdirSync(ready).length < count) await new Promise((resolve) => setTimeout(resolve, 5));
    writeFileSync(go, '');
    await Promise.all(children);
    const peek = new Database(join(home, 'hearback.db'), { readonly: true });
    const applied = peek.prepare('select name from kysely_migration order by name').all();
    const users = peek.prepare('select count(*) as n from users').get();
    peek.close();
    expect(applied).toEqual(MIGRATIONS.map(([name]) => ({ name })));
    expect(users).toEqual({ n: count });
  });
});
