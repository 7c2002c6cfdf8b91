// Cold start of `hearback today` on a 10,000-application store, against `node -e 0` in the same run:
// the two alternate, so machine noise hits both alike, and the medians are compared. Goal: ratio ≤ 2.0.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const runs = Number(process.argv[2] ?? 21);
const home = join(tmpdir(), 'hearback-bench-10k');
const now = '2026-11-23T15:00:00Z';

if (!existsSync(join(home, 'hearback.db'))) {
  console.log(`building a 10,000-application store in ${home} (once)…`);
  execFileSync(process.execPath, ['--import', 'tsx', join(root, 'bench/build-store.ts'), home, '10000'], { stdio: 'inherit', cwd: root });
}
execFileSync(process.execPath, [join(root, 'scripts/build.mjs'), '--quiet'], { stdio: 'inherit' });
const today = [join(root, 'bin/hearback'), '--home', home, '--now', now, 'today'];
// One run first, so that a replan after an upgrade is not timed.
spawnSync(process.execPath, today, { stdio: 'ignore' });

function time(args) {
  const start = process.hrtime.bigint();
  const result = spawnSync(process.execPath, args, { stdio: ['ignore', 'ignore', 'inherit'] });
  if (result.status !== 0) throw new Error(`${args.join(' ')} exited ${result.status}`);
  return Number(process.hrtime.bigint() - start) / 1e6;
}
const bare = [];
const ours = [];
for (let i = 0; i < runs; i++) {
  bare.push(time(['-e', '0']));
  ours.push(time(today));
}
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const b = median(bare);
const o = median(ours);
console.log(`cold start: ${runs} alternating runs each`);
console.log(`  node -e 0                     median ${b.toFixed(0)} ms`);
console.log(`  hearback today (10k store)    median ${o.toFixed(0)} ms`);
console.log(`  ratio ${(o / b).toFixed(2)}   goal ≤ 2.00`);
