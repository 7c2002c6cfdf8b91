import type { CommanderError } from 'commander';
import { AppError } from '../core/app-error';

/**
 * Commander reports a bad command line as text only, so the field it is about is read back from its message.
 * Each pattern names the part of the message that holds the field, as commander 14 words them.
 */
const FIELD_PATTERNS: [RegExp, (m: RegExpExecArray) => string][] = [
  [/\boption '(?:-\w, )?--([a-z][\w-]*)/i, (m) => m[1] ?? ''],
  [/\bunknown option '-{1,2}([\w-]+)/i, (m) => m[1] ?? ''],
  [/\bmissing required argument '([\w-]+)'/i, (m) => m[1] ?? ''],
  [/\binvalid for argument '([\w-]+)'/i, (m) => m[1] ?? ''],
  [/\bunknown command\b/i, () => 'command'],
  [/\btoo many arguments\b/i, () => 'arguments'],
];

/**
 * Turns a command-line parsing error from commander into the validation error every other failure uses,
 * so `--json` callers get `{"error": {code, message, field}}` whatever went wrong.
 *
 * @example
 * usageError(new CommanderError(1, 'commander.missingMandatoryOptionValue', "error: required option '--role <title>' not specified"))
 * // → AppError { code: 'validation', field: 'role', message: "required option '--role <title>' not specified" }
 */
export function usageError(error: CommanderError): AppError {
  // Commander's `help({ error: true })` carries no message: it means a command was expected and none was given.
  if (error.code === 'commander.help') return new AppError('validation', 'a command is required; run `hearback --help` for the list', { field: 'command' });
  const message = error.message.replace(/^error:\s*/, '').trim();
  for (const [pattern, field] of FIELD_PATTERNS) {
    const m = pattern.exec(message);
    if (m) return new AppError('validation', message, { field: field(m) });
  }
  return new AppError('validation', message);
}
