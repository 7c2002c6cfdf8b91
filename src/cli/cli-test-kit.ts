import { Readable } from 'node:stream';
import type { CliIo, CliRuntime } from './io';
import { runCli } from './run-cli';

/**
 * Runs the CLI in-process against a runtime the test provides, capturing stdout and stderr. Used by the
 * CLI's tests; the composition root is not involved, so the CLI is tested through its own contract.
 * `--now` pins the clock for that run, as the composition root does, so tests can move through time.
 */
export async function runWith(runtime: CliRuntime, argv: string[], stdin = ''): Promise<{ code: number; stdout: string; stderr: string; json: () => unknown }> {
  let stdout = '';
  let stderr = '';
  const io: CliIo = {
    stdout: { write: (s: string) => (stdout += s) },
    stderr: { write: (s: string) => (stderr += s) },
    stdin: Readable.from([stdin]),
    env: { NO_COLOR: '1' },
    compose: async ({ now }) => ({ ...runtime, deps: now ? { ...runtime.deps, clock: { now: () => new Date(now) } } : runtime.deps, close: async () => {} }),
  };
  const code = await runCli(argv, io);
  return { code, stdout, stderr, json: () => JSON.parse(stdout) as unknown };
}
