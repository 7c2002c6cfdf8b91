import { CommandContext } from './command-context';
import { parseHotCommand, type HotCommand } from './hot-command';
import type { CliIo } from './io';
import { EXIT, reportError } from './report-error';

export type { CliIo } from './io';
export { EXIT } from './report-error';

/**
 * Runs the `hearback` command line and returns the exit code. A plain `today` runs straight away; everything
 * else, including every usage error, goes through commander, which is loaded only then.
 */
export async function runCli(argv: string[], io: CliIo): Promise<number> {
  const hot = parseHotCommand(argv);
  if (hot !== null) return runHot(hot, io);
  const { runCommander } = await import('./commander-cli');
  return runCommander(argv, io);
}

/** The handlers of the hot commands: the same ones commander calls for them. */
const HANDLERS = {
  today: async () => (await import('./commands/today')).today,
} as const;

async function runHot(hot: HotCommand, io: CliIo): Promise<number> {
  const ctx = new CommandContext(io, hot.global);
  try {
    const result = await (await HANDLERS[hot.name]())(ctx, [], hot.options);
    return typeof result === 'number' ? result : EXIT.ok;
  } catch (error) {
    return reportError(error, ctx, Boolean(hot.global.json));
  } finally {
    await ctx.close();
  }
}
