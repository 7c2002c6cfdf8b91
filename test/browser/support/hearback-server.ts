import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { ROOT } from './build-once';

export interface RunningServer {
  url: string;
  home: string;
  /** Everything the server printed, for failure messages. */
  output(): string;
  stop(): Promise<void>;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

async function waitForSession(url: string, child: ChildProcess, output: () => string): Promise<void> {
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`hearback serve exited with ${child.exitCode}:\n${output()}`);
    try {
      const response = await fetch(`${url}/api/session`);
      if (response.ok) return;
    } catch {
      // Not listening yet.
    }
    await sleep(150);
  }
  throw new Error(`hearback serve did not answer at ${url} within 30 s:\n${output()}`);
}

/**
 * Starts the real `hearback serve` on a fresh store in a temporary home, with the clock pinned to `now` and
 * the machine zone set to `zone` and `env` added to its environment, and waits until it answers.
 */
export async function startHearback(options: { now: string; zone: string; env?: Record<string, string> }): Promise<RunningServer> {
  const home = await mkdtemp(join(tmpdir(), 'hearback-browser-'));
  const port = await freePort();
  let log = '';
  const child = spawn(process.execPath, [join(ROOT, 'bin', 'hearback'), '--home', home, '--now', options.now, 'serve', '--no-open', '--port', String(port)], {
    cwd: ROOT,
    env: { ...process.env, TZ: options.zone, HEARBACK_HOME: home, NO_COLOR: '1', ...options.env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout?.on('data', (chunk: Buffer) => (log += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (log += chunk.toString()));
  const url = `http://127.0.0.1:${port}`;
  const stop = async (): Promise<void> => {
    if (child.exitCode === null) {
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      await Promise.race([exited, sleep(5_000).then(() => child.kill('SIGKILL'))]);
    }
    await rm(home, { recursive: true, force: true });
  };
  try {
    await waitForSession(url, child, () => log);
  } catch (error) {
    await stop();
    throw error;
  }
  return { url, home, output: () => log, stop };
}
