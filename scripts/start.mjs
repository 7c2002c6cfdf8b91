// `npm start`: builds dist/ (and web/dist/) when the sources are newer, then runs `hearback serve`, which
// prints the URL and opens the browser (unless --no-open or CI). Arguments are passed on: `npm start --
// --port 5000 --no-open`. On an empty store the page offers the demo data, with a banner saying it is demo
// data. Exits with the server's code: non-zero, with a message, when the port is taken.
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const bin = `${root}/bin/hearback`;

/** The newest modification time under `dir`, skipping build output and dependencies. */
function newest(dir) {
  if (!existsSync(dir)) return 0;
  let latest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name === 'dist' || entry.name === 'node_modules') continue;
    const path = `${dir}/${entry.name}`;
    latest = Math.max(latest, entry.isDirectory() ? newest(path) : statSync(path).mtimeMs);
  }
  return latest;
}

const mtime = (path) => (existsSync(path) ? statSync(path).mtimeMs : 0);
const cliStale = mtime(`${root}/dist/main.js`) < newest(`${root}/src`);
const webStale = existsSync(`${root}/web`) && mtime(`${root}/web/dist/index.html`) < newest(`${root}/web`);
if (cliStale || webStale) execFileSync(process.execPath, [`${root}/scripts/build.mjs`], { stdio: 'inherit' });

const child = spawn(process.execPath, [bin, 'serve', ...process.argv.slice(2)], { stdio: 'inherit' });
// Ctrl+C reaches the server too (same process group); it shuts down and this script exits with its code.
process.on('SIGINT', () => undefined);
process.on('SIGTERM', () => child.kill('SIGTERM'));
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
