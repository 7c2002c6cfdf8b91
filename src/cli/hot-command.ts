import type { GlobalOptions } from './io';

/**
 * A command line simple enough to run without commander: a hot command (`today`, which people and status
 * bars run many times a day) with only options whose meaning is plain. Loading and setting up commander is
 * about a fifth of a start, so these skip it.
 */
export interface HotCommand {
  name: 'today';
  global: GlobalOptions;
  /** The command's options as commander would hand them over: values as strings, flags as `true`. */
  options: Record<string, string | true>;
}

type Spec = Readonly<Record<string, 'value' | 'flag'>>;

const GLOBAL: Spec = { home: 'value', db: 'value', now: 'value', json: 'flag' };
const COMMANDS: Readonly<Record<HotCommand['name'], { spec: Spec; defaults: Record<string, string> }>> = {
  today: { spec: { days: 'value', all: 'flag' }, defaults: { days: '7' } },
};

const isHot = (word: string): word is HotCommand['name'] => Object.hasOwn(COMMANDS, word);
const camel = (name: string) => name.replace(/-([a-z])/g, (_, c: string) => c.toUpperCase());

/**
 * The hot command in `argv`, or null when anything in it is not plainly understood: another command, help,
 * an unknown or repeated option, a missing value, a value that looks like an option, `--`, extra words.
 * Null sends the line to the full parser, so every error and every rarer form is handled there, in one way.
 *
 * @example
 * parseHotCommand(['--home', '/tmp/h', 'today', '--days=3']);
 * // { name: 'today', global: { home: '/tmp/h' }, options: { days: '3' } }
 * parseHotCommand(['today', '--help']); // null
 */
export function parseHotCommand(argv: readonly string[]): HotCommand | null {
  let name: HotCommand['name'] | null = null;
  const global: Record<string, string | true> = {};
  const options: Record<string, string | true> = {};
  for (let i = 0; i < argv.length; i++) {
    const word = argv[i] as string;
    if (!word.startsWith('--')) {
      if (name !== null || !isHot(word)) return null;
      name = word;
      continue;
    }
    const eq = word.indexOf('=');
    const key = word.slice(2, eq < 0 ? undefined : eq);
    // Global options are read anywhere on the line, as commander reads them; a command's own only after it.
    const commandSpec = name === null ? undefined : COMMANDS[name].spec;
    const inCommand = commandSpec !== undefined && Object.hasOwn(commandSpec, key);
    const kind = inCommand ? commandSpec[key] : Object.hasOwn(GLOBAL, key) ? GLOBAL[key] : undefined;
    const target = inCommand ? options : global;
    if (kind === undefined || Object.hasOwn(target, camel(key))) return null;
    if (kind === 'flag') {
      if (eq >= 0) return null;
      target[camel(key)] = true;
      continue;
    }
    const value = eq >= 0 ? word.slice(eq + 1) : argv[++i];
    if (value === undefined || value === '' || value.startsWith('-')) return null;
    target[camel(key)] = value;
  }
  if (name === null) return null;
  return { name, global: global as GlobalOptions, options: { ...COMMANDS[name].defaults, ...options } };
}
