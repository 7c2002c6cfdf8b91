// `npm run bench:server`: the server's numbers, against baselines measured in the same run.
//  1. The idle resident memory of `hearback serve` on a store of 10,000 applications (goal: at most 120 MB).
//  2. GET /api/today's requests per second against a bare Fastify hello-world route served by a second
//     process on the same machine in the same run (goal: at least 25% of it).
// It prints numbers and never fails on them. HEARBACK_BENCH_APPS changes the store's size,
// HEARBACK_BENCH_SECONDS the length of each load run.
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath, pathToFileURL } from 'node:url';
import autocannon from 'autocannon';

const root = fileURLToPath(new URL('..', import.meta.url));
const APPS = Number(process.env.HEARBACK_BENCH_APPS ?? 10_000);
const SECONDS = Number(process.env.HEARBACK_BENCH_SECONDS ?? 5);
// The synthetic store's applications are dated June to October 2026; a pinned clock keeps Today's size
// the same from run to run.
const NOW = '2026-11-02T15:00:00Z';
const RSS_GOAL_MB = 120;
const RATIO_GOAL = 0.25;

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
const fmt = (n, digits = 0) => n.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits });

function newest(dir) {
  let latest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = `${dir}/${entry.name}`;
    latest = Math.max(latest, entry.isDirectory() ? newest(path) : statSync(path).mtimeMs);
  }
  return latest;
}

/** Starts a Node child running `source` as an ES module, and resolves with it and its first stdout match. */
function startChild(args, pattern, env = {}) {
  const child = spawn(process.execPath, args, { cwd: root, stdio: ['ignore', 'pipe', 'pipe', 'ipc'], env: { ...process.env, ...env } });
  let out = '';
  let err = '';
  child.stderr.on('data', (chunk) => (err += chunk));
  return new Promise((resolve, reject) => {
    child.stdout.on('data', (chunk) => {
      out += chunk;
      const match = pattern.exec(out);
      if (match) resolve({ child, match });
    });
    child.on('exit', (code) => reject(new Error(`child exited with ${code} before it was ready:\n${out}${err}`)));
  });
}

function rssMb(pid) {
  const line = readFileSync(`/proc/${pid}/status`, 'utf8').split('\n').find((l) => l.startsWith('VmRSS:'));
  return Number(/(\d+)/.exec(line ?? '')?.[1] ?? NaN) / 1024;
}

/** Asks a child started by `serverSource` to collect garbage, twice, as an idle process eventually would. */
async function settle(child) {
  for (let i = 0; i < 2; i++) {
    const done = new Promise((resolve) => child.once('message', resolve));
    child.send('gc');
    await done;
    await sleep(300);
  }
}

/** Requests per second at `url`, asking as a browser does (which accepts gzip) unless `encoding` says otherwise. */
async function load(url, host, encoding = 'gzip, deflate, br') {
  const options = { url, connections: 10, pipelining: 1, headers: { host, 'accept-encoding': encoding } };
  await autocannon({ ...options, duration: 1 });
  const result = await autocannon({ ...options, duration: SECONDS });
  if (result.non2xx > 0 || result.errors > 0) throw new Error(`${url}: ${result.non2xx} non-2xx answers and ${result.errors} errors`);
  return result.requests.average;
}

// `hearback serve` as bin/hearback runs it, in a Node that lets the benchmark ask for a garbage collection.
const serverSource = (home) => `
process.on('message', (m) => { if (m === 'gc') { globalThis.gc(); process.send('gc-done'); } });
const { main } = await import(${JSON.stringify(pathToFileURL(join(root, 'dist', 'main.js')).href)});
process.exitCode = await main(['--home', ${JSON.stringify(home)}, '--now', '${NOW}', 'serve', '--no-open', '--port', '0']);
process.disconnect();
`;

const helloSource = `
import Fastify from 'fastify';
const app = Fastify({ logger: false });
app.get('/', async () => ({ hello: 'world' }));
await app.listen({ host: '127.0.0.1', port: 0 });
console.log('listening on ' + app.server.address().port);
`;

const built = existsSync(join(root, 'dist', 'main.js')) ? statSync(join(root, 'dist', 'main.js')).mtimeMs : 0;
if (built < newest(join(root, 'src'))) execFileSync(process.execPath, [join(root, 'scripts', 'build.mjs'), '--no-web', '--quiet'], { stdio: 'inherit' });

const home = await mkdtemp(join(tmpdir(), 'hearback-bench-server-'));
const children = [];
try {
  let started = Date.now();
  execFileSync(join(root, 'node_modules', '.bin', 'tsx'), [join(root, 'bench', 'build-store.ts'), home, String(APPS)], { cwd: root, stdio: 'ignore' });
  console.log(`server: built a store of ${fmt(APPS)} applications in ${fmt((Date.now() - started) / 1000, 1)} s`);

  const server = await startChild(['--expose-gc', '--input-type=module', '-e', serverSource(home)], /running at (http:\S+)/, { CI: '1' });
  children.push(server.child);
  const url = server.match[1];
  const host = new URL(url).host;
  // Idle: the scheduler's first check has run at start; give it time, then let garbage be collected.
  await sleep(2_000);
  await settle(server.child);
  const idle = rssMb(server.child.pid);
  console.log(`server: idle RSS of hearback serve with ${fmt(APPS)} applications: ${fmt(idle, 1)} MB (goal ≤ ${RSS_GOAL_MB} MB)`);

  started = performance.now();
  const first = await fetch(new URL('/api/today', url));
  const body = await first.text();
  const coldMs = performance.now() - started;
  const agenda = JSON.parse(body);
  console.log(
    `server: GET /api/today answers ${agenda.due.length} of ${fmt(agenda.dueTotal)} due, drafted, and ${agenda.upcoming.length} of ${fmt(agenda.upcomingTotal)} upcoming (${fmt(body.length / 1024, 1)} KB); first answer ${fmt(coldMs)} ms`,
  );

  const hello = await startChild(['--input-type=module', '-e', helloSource], /listening on (\d+)/);
  children.push(hello.child);
  const helloPort = hello.match[1];

  const todayUrl = new URL('/api/today', url).href;
  const helloRps = await load(`http://127.0.0.1:${helloPort}/`, `127.0.0.1:${helloPort}`);
  const todayRps = await load(todayUrl, host);
  const plainRps = await load(todayUrl, host, 'identity');
  const loaded = rssMb(server.child.pid);
  console.log(`server: bare Fastify hello ${fmt(helloRps)} req/s; GET /api/today ${fmt(todayRps)} req/s as browsers ask (gzip), ${fmt(plainRps)} req/s uncompressed (10 connections, ${SECONDS} s each)`);
  console.log(`server: Today / hello = ${fmt((todayRps / helloRps) * 100, 1)}% (goal ≥ ${RATIO_GOAL * 100}%); uncompressed ${fmt((plainRps / helloRps) * 100, 1)}%; RSS after the load ${fmt(loaded, 1)} MB`);
} finally {
  for (const child of children) {
    if (child.connected) child.disconnect();
    child.kill('SIGTERM');
  }
  await sleep(300);
  await rm(home, { recursive: true, force: true });
}
