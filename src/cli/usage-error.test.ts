import { CommanderError } from 'commander';
import { describe, expect, it } from 'vitest';
import { usageError } from './usage-error';

describe('usageError', () => {
  it.each([
    ['commander.missingMandatoryOptionValue', "error: required option '--role <title>' not specified", 'role'],
    ['commander.invalidArgument', "error: option '--stage <stage>' argument 'bogus' is invalid. Allowed choices are saved, applied.", 'stage'],
    ['commander.optionMissingArgument', "error: option '--send-window <HH:MM-HH:MM>' argument missing", 'send-window'],
    ['commander.unknownOption', "error: unknown option '--until'", 'until'],
    ['commander.unknownOption', "error: unknown option '--untl'\n(Did you mean --until?)", 'untl'],
    ['commander.missingArgument', "error: missing required argument 'action-id'", 'action-id'],
    ['commander.unknownCommand', "error: unknown command 'tday'", 'command'],
    ['commander.excessArguments', "error: too many arguments for 'list'. Expected 0 arguments but got 1.", 'arguments'],
    ['commander.help', '(outputHelp)', 'command'],
  ])('names the field of %s', (code, message, field) => {
    const error = usageError(new CommanderError(1, code, message));
    expect(error.toJSON()).toMatchObject({ code: 'validation', field });
    expect(error.message).not.toMatch(/^error:/);
  });

  it('keeps the message and names no field when the message has none', () => {
    expect(usageError(new CommanderError(1, 'commander.error', 'error: something odd')).toJSON()).toEqual({ code: 'validation', message: 'something odd' });
  });
});
