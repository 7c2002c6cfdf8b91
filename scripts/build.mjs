// Bundles the CLI and server into dist/ with esbuild. One bundle with code splitting: each command's code
// is a chunk loaded only when that command runs, which keeps `hearback today` quick to start.
import { build } from 'esbuild';
import { rm } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const quiet = process.argv.includes('--quiet');

await rm(`${root}/dist`, { recursive: true, force: true });
const started = Date.now();
await build({
  absWorkingDir: root,
  entryPoints: { main: 'src/main.ts' },
  outdir: 'dist',
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  sourcemap: 'linked',
  legalComments: 'none',
  minify: true,
  // Native and optional modules are loaded from node_modules at run time.
  external: ['better-sqlite3', 'pg-native', 'playwright-core', 'chromium-bidi', 'fsevents'],
  // CommonJS dependencies call require() for Node builtins; ESM output needs a real require for them.
  banner: { js: "import { createRequire as __hbCreateRequire } from 'node:module'; const require = __hbCreateRequire(import.meta.url);" },
  logLevel: 'warning',
});
if (!quiet) console.log(`built dist/ in ${Date.now() - started} ms`);

// The browser UI, which `hearback serve` serves from web/dist. Vite is a dev dependency: an install without
// dev dependencies keeps the CLI and the API, and says how to get the UI. `--no-web` skips it.
if (!process.argv.includes('--no-web')) {
  const vite = await import('vite').catch(() => null);
  if (vite === null) {
    console.warn('skipped web/dist: vite is not installed (run `npm ci` with dev dependencies for the web UI)');
  } else {
    const webStarted = Date.now();
    await vite.build({ configFile: `${root}/web/vite.config.ts`, logLevel: 'warn' });
    if (!quiet) console.log(`built web/dist/ in ${Date.now() - webStarted} ms`);
  }
}
