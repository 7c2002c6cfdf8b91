// `npm start`: builds dist/ when the sources are newer, then shows today's follow-ups. On an empty store it
// offers the demo data first, with a banner saying that it is demo data.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { createInterface } from 'node:readline/promises';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const bin = `${root}/bin/hearback`;

function newest(dir) {
  let latest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = `${dir}/${entry.name}`;
    latest = Math.max(latest, entry.isDirectory() ? newest(path) : statSync(path).mtimeMs);
  }
  return latest;
}

const built = existsSync(`${root}/dist/main.js`) ? statSync(`${root}/dist/main.js`).mtimeMs : 0;
if (built < newest(`${root}/src`)) execFileSync(process.execPath, [`${root}/scripts/build.mjs`], { stdio: 'inherit' });

const args = process.argv.slice(2);
const hearback = (...more) => spawnSync(process.execPath, [bin, ...args, ...more], { stdio: 'inherit' }).status ?? 1;
const list = spawnSync(process.execPath, [bin, ...args, '--json', 'list'], { encoding: 'utf8' });
if (list.status !== 0) {
  process.stderr.write(list.stdout + list.stderr);
  process.exit(list.status ?? 1);
}
if (JSON.parse(list.stdout).applications.length === 0) {
  console.log('Welcome to hearback. Your store is empty.');
  let load = false;
  if (process.stdin.isTTY && !process.env.CI) {
    const rl = createInterface({ input: process.stdin, output: process.stdout });
    const answer = await rl.question('Load demo data to look around (you can remove it later)? [Y/n] ');
    rl.close();
    load = !/^n/i.test(answer.trim());
  } else {
    console.log('Run `./bin/hearback demo` to load demo data, or add your first application with `./bin/hearback add --company C --role R --applied 2026-11-23`.');
  }
  if (load && hearback('demo') !== 0) process.exit(1);
}
process.exit(hearback('today'));
