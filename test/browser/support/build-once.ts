import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';

export const ROOT = join(import.meta.dirname, '..', '..', '..');
const LOCK = join(ROOT, 'node_modules', '.cache', 'hearback-browser-build.lock');

function newest(path: string): number {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let latest = 0;
  for (const entry of readdirSync(path)) latest = Math.max(latest, newest(join(path, entry)));
  return latest;
}

const builtAt = (file: string): number => (existsSync(file) ? statSync(file).mtimeMs : 0);

/** What is missing or older than its sources: the server bundle (dist/) and the UI (web/dist/). */
function stale(): { server: boolean; web: boolean } {
  const server = builtAt(join(ROOT, 'dist', 'main.js')) < newest(join(ROOT, 'src'));
  const webSources = Math.max(newest(join(ROOT, 'web', 'src')), newest(join(ROOT, 'web', 'index.html')), newest(join(ROOT, 'web', 'vite.config.ts')), newest(join(ROOT, 'src', 'core', 'model')));
  return { server, web: builtAt(join(ROOT, 'web', 'dist', 'index.html')) < webSources };
}

/**
 * Builds dist/ and web/dist/ when they are missing or older than their sources, so the browser suites test
 * the code in the tree. Test files run in parallel processes; a lock directory makes one of them build while
 * the others wait. `npm ci` has normally built both already, and then this does nothing.
 */
export async function buildOnce(): Promise<void> {
  mkdirSync(join(ROOT, 'node_modules', '.cache'), { recursive: true });
  for (let waited = 0; ; waited += 250) {
    try {
      mkdirSync(LOCK);
      break;
    } catch {
      // Another suite is building. A lock older than three minutes was left by a killed run.
      if (existsSync(LOCK) && Date.now() - statSync(LOCK).mtimeMs > 180_000) rmSync(LOCK, { recursive: true, force: true });
      if (waited > 240_000) throw new Error(`waited 4 minutes for ${LOCK}; remove it if no build is running`);
      await sleep(250);
    }
  }
  try {
    const { server, web } = stale();
    if (server) execFileSync(process.execPath, [join(ROOT, 'scripts', 'build.mjs'), '--quiet'], { cwd: ROOT, stdio: 'inherit' });
    else if (web) execFileSync(process.execPath, [join(ROOT, 'node_modules', 'vite', 'bin', 'vite.js'), 'build', '--config', 'web/vite.config.ts', '--logLevel', 'warn'], { cwd: ROOT, stdio: 'inherit' });
  } finally {
    rmSync(LOCK, { recursive: true, force: true });
  }
}
