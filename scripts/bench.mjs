// `npm run bench`: every benchmark, each printing ratios against a baseline measured in the same run.
// Machines here are noisy; the ratios are what to compare between commits. Nothing here fails on a number.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const only = process.argv.slice(2);
const benches = [
  ['planner', ['--expose-gc', '--import', 'tsx', 'bench/plan-bench.ts']],
  ['cold-start', ['bench/cold-start.mjs']],
  ['server', ['scripts/bench-server.mjs']],
  ['mbox', ['--import', 'tsx', 'scripts/bench-mbox.ts']],
];
let failed = false;
for (const [name, args] of benches) {
  if (only.length && !only.includes(name)) continue;
  const script = args.find((a) => /\.(mjs|ts)$/.test(a));
  if (script && !existsSync(`${root}/${script}`)) continue;
  console.log(`\n== ${name}`);
  const result = spawnSync(process.execPath, args, { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) {
    console.log(`(${name} did not finish: exit ${result.status})`);
    failed = true;
  }
}
process.exit(failed ? 1 : 0);
