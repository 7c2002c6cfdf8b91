import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { build } from 'esbuild';

const ROOT = join(import.meta.dirname, '..', '..');

/**
 * Bundles the `hearback` command from the sources into one file, for tests that start it many times as a
 * real process (a SIGKILL test): it starts in under half the time `node --import tsx` takes. The files go
 * under node_modules/.cache so that their external packages resolve; each caller gets its own folder.
 */
export async function bundleCli(name: string): Promise<{ entry: string; dir: string }> {
  const dir = join(ROOT, 'node_modules', '.cache', 'hearback-test-cli', `${name}-${process.pid}`);
  await mkdir(dir, { recursive: true });
  // Split like the real build: each command's code is a chunk loaded when the command runs.
  await build({
    absWorkingDir: ROOT,
    entryPoints: { cli: join(ROOT, 'test', 'support', 'hearback-cli.ts') },
    outdir: dir,
    outExtension: { '.js': '.mjs' },
    splitting: true,
    bundle: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    external: ['better-sqlite3', 'pg-native', 'playwright-core', 'chromium-bidi', 'fsevents', 'pg'],
    banner: { js: "import { createRequire as __hbCreateRequire } from 'node:module'; const require = __hbCreateRequire(import.meta.url);" },
    logLevel: 'warning',
  });
  return { entry: join(dir, 'cli.mjs'), dir };
}
