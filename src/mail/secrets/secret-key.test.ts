import { mkdtemp, readFile, rm, stat, writeFile, chmod } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AppError } from '../../core/app-error';
import { loadSecretKey } from './secret-key';

let home: string;
beforeEach(async () => {
  home = join(await mkdtemp(join(tmpdir(), 'hearback-key-')), 'home');
});
afterEach(() => rm(join(home, '..'), { recursive: true, force: true }));

describe('loadSecretKey', () => {
  it('creates a 0600 key file on first use and reads the same key afterwards', async () => {
    const key = await loadSecretKey({ home }, true);
    expect(key).toHaveLength(32);
    expect((await stat(join(home, 'secret.key'))).mode & 0o777).toBe(0o600);
    expect(await loadSecretKey({ home }, false)).toEqual(key);
  });

  it('lets several processes starting together agree on one key', async () => {
    const keys = await Promise.all(Array.from({ length: 8 }, () => loadSecretKey({ home }, true)));
    for (const k of keys) expect(k).toEqual(keys[0]);
  });

  it('prefers HEARBACK_SECRET_KEY and creates no file then', async () => {
    const env = Buffer.alloc(32, 7).toString('base64');
    expect(await loadSecretKey({ home, env }, true)).toEqual(Buffer.alloc(32, 7));
    await expect(stat(join(home, 'secret.key'))).rejects.toThrow();
  });

  it('names a malformed key, and a missing one when it is needed to open', async () => {
    await expect(loadSecretKey({ home, env: 'c2hvcnQ=' }, true)).rejects.toThrow(/HEARBACK_SECRET_KEY must hold 32 bytes/);
    const missing = await loadSecretKey({ home }, false).catch((e: unknown) => e);
    expect(missing).toBeInstanceOf(AppError);
    expect((missing as AppError).details?.reason).toBe('no_key');
  });

  it('tightens a key file that others could read', async () => {
    await loadSecretKey({ home }, true);
    const file = join(home, 'secret.key');
    await chmod(file, 0o644);
    await loadSecretKey({ home }, false);
    expect((await stat(file)).mode & 0o777).toBe(0o600);
    await writeFile(file, 'not a key\n');
    await expect(loadSecretKey({ home }, false)).rejects.toThrow(/must hold 32 bytes/);
    expect(await readFile(file, 'utf8')).toBe('not a key\n');
  });
});
