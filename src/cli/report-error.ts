import { isAppError } from '../core/app-error';
import type { CommandContext } from './command-context';

/** Exit codes scripts can rely on: 2 for a bad input, 1 for anything else that failed. */
export const EXIT = { ok: 0, failed: 1, usage: 2 } as const;

/**
 * Reports a failed command on the context's output and gives its exit code. Under `--json` the error is a
 * JSON document on stdout naming its code and field; otherwise one line on stderr (with the stack for an
 * unexpected error, which is a bug to report).
 */
export function reportError(error: unknown, ctx: CommandContext, json: boolean): number {
  const out = ctx.out;
  if (isAppError(error)) {
    if (json) out.data({ error: error.toJSON() });
    else out.note(`hearback: ${out.style('red', 'error')}: ${error.message}`);
    return error.code === 'validation' || error.code === 'not_found' || error.code === 'conflict' || error.code === 'store_not_empty' ? EXIT.usage : EXIT.failed;
  }
  const message = error instanceof Error ? error.message : String(error);
  if (json) out.data({ error: { code: 'internal', message } });
  else out.note(`hearback: ${out.style('red', 'unexpected error')}: ${message}\n${error instanceof Error && error.stack ? out.style('dim', error.stack) : ''}`);
  return EXIT.failed;
}
