import { AppError } from '../../core/app-error';
import type { CommandContext } from '../command-context';

interface TtyInput extends NodeJS.ReadableStream {
  isTTY?: boolean;
  setRawMode?: (mode: boolean) => unknown;
}

/** The first line of standard input, for `--password-stdin`. */
async function firstLine(stdin: NodeJS.ReadableStream): Promise<string> {
  let text = '';
  for await (const chunk of stdin) {
    text += typeof chunk === 'string' ? chunk : (chunk as Buffer).toString('utf8');
    if (text.includes('\n')) break;
  }
  return text.split(/\r?\n/)[0] ?? '';
}

/** Asks on the terminal without echoing what is typed. */
function prompt(ctx: CommandContext, stdin: TtyInput, question: string): Promise<string> {
  return new Promise((resolve, reject) => {
    let typed = '';
    ctx.io.stderr.write(question);
    stdin.setRawMode?.(true);
    stdin.resume();
    const done = (error: Error | null) => {
      stdin.off('data', onData);
      stdin.setRawMode?.(false);
      stdin.pause();
      ctx.io.stderr.write('\n');
      if (error) reject(error);
      else resolve(typed);
    };
    const onData = (chunk: Buffer | string) => {
      for (const char of chunk.toString()) {
        if (char === '\r' || char === '\n') return done(null);
        if (char === '\u0003') return done(new AppError('validation', 'cancelled', { field: 'password' }));
        if (char === '\u007f' || char === '\b') typed = typed.slice(0, -1);
        else typed += char;
      }
    };
    stdin.on('data', onData);
  });
}

/**
 * The app password: from standard input with `--password-stdin`, typed at a prompt without echo on a
 * terminal, or (with a warning) from `--password`, which leaves it in the shell history and process list.
 */
export async function readPassword(ctx: CommandContext, o: Record<string, unknown>, address: string): Promise<string> {
  if (o.passwordStdin) return firstLine(ctx.io.stdin);
  if (typeof o.password === 'string') {
    ctx.out.note(ctx.out.style('yellow', 'warning: --password leaves the password in your shell history and the process list; prefer --password-stdin or the prompt'));
    return o.password;
  }
  const stdin = ctx.io.stdin as TtyInput;
  if (stdin.isTTY && typeof stdin.setRawMode === 'function') return prompt(ctx, stdin, `App password for ${address}: `);
  throw new AppError('validation', 'no password: pipe it with --password-stdin, or run on a terminal to be asked', { field: 'password' });
}
