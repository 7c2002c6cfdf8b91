import type { CliIo, CliRuntime, GlobalOptions } from './io';
import { Output } from './output';

/** What every command handler gets: the I/O, the output, the global options and a lazily opened store. */
export class CommandContext {
  readonly out: Output;
  private opened: Promise<CliRuntime> | null = null;

  constructor(
    readonly io: CliIo,
    readonly global: GlobalOptions,
  ) {
    this.out = new Output(io.stdout, io.stderr, global, io.env);
  }

  /** Opens the store on first use, so commands that need none (analyze-posting) never pay for it. */
  runtime(): Promise<CliRuntime> {
    this.opened ??= this.io.compose({
      ...(this.global.home ? { home: this.global.home } : {}),
      ...(this.global.db ? { db: this.global.db } : {}),
      ...(this.global.now ? { now: this.global.now } : {}),
    });
    return this.opened;
  }

  async close(): Promise<void> {
    if (this.opened) await (await this.opened.catch(() => null))?.close();
  }
}

export type Handler = (ctx: CommandContext, args: string[], options: Record<string, unknown>) => Promise<number | void>;
