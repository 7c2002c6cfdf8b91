import { homedir as osHomedir } from 'node:os';
import { isAbsolute, join } from 'node:path';

/**
 * The directory hearback keeps its data in: `HEARBACK_HOME`, else `$XDG_DATA_HOME/hearback`, else
 * `~/.local/share/hearback`. An empty variable counts as unset, and a relative XDG_DATA_HOME is ignored, as
 * the XDG Base Directory specification asks. Pure when `homedir` is given.
 *
 * @example
 * resolveHome({ XDG_DATA_HOME: '/data' }, '/home/alex'); // '/data/hearback'
 */
export function resolveHome(
  env: Readonly<Record<string, string | undefined>>,
  homedir: string = osHomedir(),
): string {
  const explicit = env['HEARBACK_HOME'];
  if (explicit !== undefined && explicit !== '') return explicit;
  const xdg = env['XDG_DATA_HOME'];
  if (xdg !== undefined && xdg !== '' && isAbsolute(xdg)) return join(xdg, 'hearback');
  return join(homedir, '.local', 'share', 'hearback');
}
