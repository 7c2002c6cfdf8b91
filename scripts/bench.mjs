// `npm run bench`: every benchmark, each printing ratios against a baseline measured in the same run.
// Machines here are noisy; the ratios are what to compare between commits. Nothing here fails on a number.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = fileURLToPath(new URL('..', import.meta.url));
const only = process.argv.slice(2);
// The planner is measured as it ships: bundled and minified by esbuild as dist/ is, not through tsx's
// per-file transform, which costs it about a fifth.
const plannerBundle = join(tmpdir(), 'hearback-bench', 'plan-bench.mjs');
const benches = [
  ['planner', ['--expose-gc', plannerBundle], () => bundle('bench/plan-bench.ts', plannerBundle)],
  ['cold-start', ['bench/cold-start.mjs']],
  ['server', ['scripts/bench-server.mjs']],
  ['mbox', ['--import', 'tsx', 'scripts/bench-mbox.ts']],
];
let failed = false;
async function bundle(entry, outfile) {
  await build({ absWorkingDir: root, entryPoints: [entry], outfile, bundle: true, format: 'esm', platform: 'node', target: 'node20', minify: true, logLevel: 'warning' });
}

for (const [name, args, prepare] of benches) {
  if (only.length && !only.includes(name)) continue;
  const script = args.find((a) => /\.(mjs|ts)$/.test(a) && !a.startsWith(tmpdir()));
  if (script && !existsSync(`${root}/${script}`)) continue;
  console.log(`\n== ${name}`);
  await prepare?.();
  const result = spawnSync(process.execPath, args, { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) {
    console.log(`(${name} did not finish: exit ${result.status})`);
    failed = true;
  }
}
process.exit(failed ? 1 : 0);
