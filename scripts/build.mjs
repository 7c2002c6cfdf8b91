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
  // Native and optional modules are loaded from node_modules at run time.
  external: ['better-sqlite3', 'pg-native', 'playwright-core', 'chromium-bidi', 'fsevents'],
  // CommonJS dependencies call require() for Node builtins; ESM output needs a real require for them.
  banner: { js: "import { createRequire as __hbCreateRequire } from 'node:module'; const require = __hbCreateRequire(import.meta.url);" },
  logLevel: 'warning',
});
if (!quiet) console.log(`built dist/ in ${Date.now() - started} ms`);
