import { Command, CommanderError, Option } from 'commander';
import { invalid } from '../core/app-error';
import { CommandContext, type Handler } from './command-context';
import type { CliIo, GlobalOptions } from './io';
import { registerCommands, type CommandUses } from './register-commands';
import { EXIT, reportError } from './report-error';
import { usageError } from './usage-error';

/**
 * Runs any `hearback` command line through commander: every command, help, and every usage error. Every
 * command accepts the global options; errors name the bad field, nothing is half-written (use cases run in
 * transactions), and `--json` turns both results and errors into JSON on stdout.
 */
export async function runCommander(argv: string[], io: CliIo): Promise<number> {
  let code: number = EXIT.ok;
  let ctx: CommandContext | null = null;
  // Under --json the error document on stdout says it all, so commander's own text and usage hint are dropped.
  const json = argv.includes('--json');
  const program = new Command('hearback')
    .description('Follow up on your job applications until you hear back.')
    .option('--home <dir>', 'data directory (default: $HEARBACK_HOME or ~/.local/share/hearback)')
    .option('--db <url>', 'store: a SQLite file, or postgres://… for server mode (default: $HEARBACK_DB)')
    .option('--now <iso>', 'the time to run at, for reproducible runs (e.g. 2026-11-23T09:00:00Z)')
    .option('--json', 'machine-readable output')
    .addOption(new Option('--playbook <name>', 'playbook for `add`, or to preview a plan with').choices(['persistent', 'balanced', 'conservative']))
    .exitOverride()
    .showHelpAfterError('(run `hearback --help` for usage)')
    .configureOutput({ writeOut: (s) => io.stdout.write(s), writeErr: (s) => (json ? undefined : io.stderr.write(s)) });

  const handle =
    (load: () => Promise<Handler>, uses: CommandUses = {}) =>
    async (...params: unknown[]): Promise<void> => {
      const command = params[params.length - 1] as Command;
      const options = command.opts();
      ctx = new CommandContext(io, command.optsWithGlobals<GlobalOptions>());
      // A global option the command does not read would be ignored without a word; refuse it instead.
      if (ctx.global.playbook !== undefined && !uses.playbook) throw invalid('playbook', `is not used by \`${commandPath(command)}\`; it works with add, plan, show and settings set`);
      const args = params.slice(0, -2).flatMap((a) => (Array.isArray(a) ? a : a === undefined ? [] : [String(a)]));
      const result = await (await load())(ctx, args, options);
      code = typeof result === 'number' ? result : EXIT.ok;
    };
  registerCommands(program, handle);

  try {
    await program.parseAsync(argv, { from: 'user' });
  } catch (error) {
    code = report(error, ctx ?? new CommandContext(io, { json }), json);
  } finally {
    await (ctx as CommandContext | null)?.close();
  }
  return code;
}

/** `settings set` rather than `set`, for messages. */
function commandPath(command: Command): string {
  const names: string[] = [];
  for (let c: Command | null = command; c?.parent; c = c.parent) names.unshift(c.name());
  return names.join(' ');
}

function report(error: unknown, ctx: CommandContext, json: boolean): number {
  if (error instanceof CommanderError) {
    if (error.code === 'commander.helpDisplayed' || error.code === 'commander.version' || error.exitCode === 0) return EXIT.ok;
    if (json) ctx.out.data({ error: usageError(error).toJSON() });
    return EXIT.usage;
  }
  return reportError(error, ctx, json);
}
