import { Readable } from 'node:stream';
import { main } from '../../src/main';

export interface MainRun {
  code: number;
  out: string;
  err: string;
}

/**
 * `hearback` run in this process, from the sources, on `home` at the clock `now`: what the mail suites use to
 * drive the real CLI against real servers. No colour, and a key file in the home rather than one from the
 * environment.
 */
export function mainRunner(options: { home: () => string; now: string }): (args: string[], stdin?: string) => Promise<MainRun> {
  return async (args, stdin = '') => {
    let out = '';
    let err = '';
    const code = await main(['--home', options.home(), '--now', options.now, ...args], {
      stdout: { write: (s: string) => (out += s) },
      stderr: { write: (s: string) => (err += s) },
      stdin: Readable.from([stdin]),
      env: { ...process.env, NO_COLOR: '1', HEARBACK_SECRET_KEY: '' },
    });
    return { code, out, err };
  };
}
