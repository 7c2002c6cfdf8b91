import type { GlobalOptions, Writer } from './io';

const CODES = { bold: [1, 22], dim: [2, 22], red: [31, 39], green: [32, 39], yellow: [33, 39], cyan: [36, 39] } as const;
export type Style = keyof typeof CODES;

/**
 * Where commands write. Colour only on a terminal and never with NO_COLOR; `--json` output is one JSON
 * document on stdout, so scripts can rely on it.
 */
export class Output {
  readonly color: boolean;

  constructor(
    readonly stdout: Writer,
    readonly stderr: Writer,
    readonly options: GlobalOptions,
    env: NodeJS.ProcessEnv,
  ) {
    this.color = Boolean(stdout.isTTY) && !env.NO_COLOR && env.TERM !== 'dumb';
  }

  get json(): boolean {
    return Boolean(this.options.json);
  }

  style(style: Style, text: string): string {
    if (!this.color) return text;
    const [on, off] = CODES[style];
    return `\u001b[${on}m${text}\u001b[${off}m`;
  }

  line(text = ''): void {
    this.stdout.write(`${text}\n`);
  }

  note(text: string): void {
    this.stderr.write(`${text}\n`);
  }

  data(value: unknown): void {
    this.stdout.write(`${JSON.stringify(value, null, 2)}\n`);
  }
}

/**
 * A column of at least `width` characters that always ends in at least two spaces, so a value as long as
 * the column ("reply to rejection") never runs into the next one.
 */
export function column(text: string, width: number): string {
  return pad(`${text}  `, width);
}

/** Pads to a width, for aligned columns. */
export function pad(text: string, width: number): string {
  return text.length >= width ? text : text + ' '.repeat(width - text.length);
}
