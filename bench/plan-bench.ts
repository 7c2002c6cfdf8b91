import { planApplication, DEFAULT_SETTINGS } from '../src/core/planner';
import { synthesize, type Synthetic } from './synthetic';

/**
 * CPU time to plan synthetic applications, against a baseline measured in the same process: a loop that
 * does the least any planner must (read each event's time, write one action-shaped object). The goal is an
 * absolute one (1,000,000 applications in at most 1 s of CPU); the ratio tells how far this machine's speed
 * explains the result.
 */
const TOTAL = Number(process.argv[2] ?? 1_000_000);
/** Distinct applications, planned over and over until TOTAL: generating them is not what is measured. */
const POOL = 50_000;
/** Timed runs of each side; the medians are reported, with the spread, because this machine is noisy. */
const RUNS = 5;
const settings = { ...DEFAULT_SETTINGS, timezone: 'America/New_York', country: 'US' };
const now = '2026-11-23T15:00:00Z';
const gc = (globalThis as { gc?: () => void }).gc;

function baseline(batch: Synthetic[]): number {
  let n = 0;
  for (const x of batch) {
    let latest = 0;
    for (const e of x.events) latest = Math.max(latest, Date.parse(e.at));
    const action = { id: `${x.app.id}-fu1`, applicationId: x.app.id, due: { start: new Date(latest).toISOString(), end: now }, reason: `Applied ${x.app.appliedAt}` };
    n += action.id.length;
  }
  return n;
}

function plan(batch: Synthetic[]): number {
  let n = 0;
  for (const x of batch) n += planApplication(x.app, x.events, x.contacts, settings, now).actions.length;
  return n;
}

const pool = synthesize(POOL, 1);

function measure(run: (batch: Synthetic[]) => number): { cpuMs: number; wallMs: number; out: number } {
  gc?.();
  let out = 0;
  const w = performance.now();
  const c = process.cpuUsage();
  for (let done = 0; done < TOTAL; done += POOL) out += run(done + POOL <= TOTAL ? pool : pool.slice(0, TOTAL - done));
  const used = process.cpuUsage(c);
  return { cpuMs: (used.user + used.system) / 1000, wallMs: performance.now() - w, out };
}

// Warm both up on a pool of their own, over several passes, so that neither pays for JIT compilation in a
// timed run: one pass of 20,000 left the planner's first timed run about 15% slower than its second.
// The warm-up pool is dropped before timing, so the timed runs do not carry its heap.
(function warmUp() {
  const warm = synthesize(POOL, 7);
  for (let pass = 0; pass < 3; pass++) {
    plan(warm);
    baseline(warm);
  }
})();

// Alternating runs, so that a slow spell of the machine hits both; each side reports its median run.
const runs = { base: [] as ReturnType<typeof measure>[], plan: [] as ReturnType<typeof measure>[] };
for (let i = 0; i < RUNS; i++) {
  runs.base.push(measure(baseline));
  runs.plan.push(measure(plan));
}
const median = (xs: ReturnType<typeof measure>[]) => [...xs].sort((a, b) => a.cpuMs - b.cpuMs)[Math.floor(xs.length / 2)] as ReturnType<typeof measure>;
const base = median(runs.base);
const planned = median(runs.plan);
const perMillion = (ms: number) => (ms * 1_000_000) / TOTAL;
console.log(`planner: ${TOTAL.toLocaleString('en')} applications, ${planned.out.toLocaleString('en')} actions, median of ${RUNS} runs each`);
const spread = (xs: ReturnType<typeof measure>[]) => `runs ${Math.min(...xs.map((x) => perMillion(x.cpuMs))).toFixed(0)}–${Math.max(...xs.map((x) => perMillion(x.cpuMs))).toFixed(0)}`;
console.log(`  plan      ${perMillion(planned.cpuMs).toFixed(0)} ms CPU per million (${perMillion(planned.wallMs).toFixed(0)} ms wall; ${spread(runs.plan)})   goal ≤ 1000 ms`);
console.log(`  baseline  ${perMillion(base.cpuMs).toFixed(0)} ms CPU per million (${perMillion(base.wallMs).toFixed(0)} ms wall; ${spread(runs.base)})`);
console.log(`  ratio plan/baseline ${(planned.cpuMs / base.cpuMs).toFixed(2)}`);
