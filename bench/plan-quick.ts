import { planApplication, DEFAULT_SETTINGS } from '../src/core/planner';
import { synthesize } from './synthetic';
const N = Number(process.argv[2] ?? 200000);
const settings = { ...DEFAULT_SETTINGS, timezone: 'America/New_York' };
const now = '2026-11-23T12:00:00Z';
for (const x of synthesize(20000, 7)) planApplication(x.app, x.events, x.contacts, settings, now);
let cpu = 0; let n = 0; let wall = 0;
for (let done = 0; done < N; done += 10000) {
  const batch = synthesize(10000, done + 1);
  (globalThis as { gc?: () => void }).gc?.();
  const w0 = performance.now();
  const t0 = process.cpuUsage();
  for (const x of batch) n += planApplication(x.app, x.events, x.contacts, settings, now).actions.length;
  const t = process.cpuUsage(t0); cpu += t.user + t.system; wall += performance.now() - w0;
}
console.log('wall', wall.toFixed(0), 'ms', N, 'apps', n, 'actions', (cpu / 1000).toFixed(0), 'ms CPU', (cpu / N).toFixed(2), 'µs/app');
