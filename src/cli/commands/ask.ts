import { createInterface } from 'node:readline';
import type { CommandContext } from '../command-context';

/**
 * Whether the command may ask the user a question: a person at a terminal on both ends, and no `--json`.
 * A script or a pipe never gets a question it cannot answer; it gets told which option to pass.
 */
export function canAsk(ctx: CommandContext): boolean {
  const stdin = ctx.io.stdin as NodeJS.ReadableStream & { isTTY?: boolean };
  return Boolean(stdin.isTTY) && Boolean(ctx.io.stderr.isTTY) && !ctx.out.json;
}

/** Asks on stderr and reads one line from stdin; `null` when input ends first (Ctrl-D). */
export function ask(ctx: CommandContext, question: string): Promise<string | null> {
  ctx.io.stderr.write(question);
  const stdin = ctx.io.stdin as NodeJS.ReadableStream & { readableEnded?: boolean };
  if (stdin.readableEnded) return Promise.resolve(null);
  const lines = createInterface({ input: ctx.io.stdin, terminal: false });
  return new Promise((done) => {
    let answered = false;
    lines.once('line', (line) => {
      answered = true;
      lines.close();
      done(line.trim());
    });
    lines.once('close', () => {
      if (!answered) done(null);
    });
  });
}
