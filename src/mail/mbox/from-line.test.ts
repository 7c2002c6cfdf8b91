import { describe, expect, it } from 'vitest';
import { isFromLine, unescapeMboxrd } from './from-line';

describe('isFromLine', () => {
  it.each([
    ['From jane@x.example Mon Mar  3 10:00:00 2025\n', true],
    ['From MAILER-DAEMON Thu Sep 18 17:54:04 2008\r\n', true],
    ['From 1790123456789012345@xxx Mon Mar 03 10:00:00 +0000 2025\n', true],
    ['From the team, with thanks\n', false],
    ['From: jane@x.example\n', false],
    ['Fromage 10:00\n', false],
  ])('reads %j as a separator: %s', (line, expected) => {
    expect(isFromLine(Buffer.from(line), 0)).toBe(expected);
  });

  it('reads a line that is not finished yet up to its first kilobyte', () => {
    expect(isFromLine(Buffer.from('From a Mon Mar  3 10:00:00 2025'), 0)).toBe(true);
  });
});

describe('unescapeMboxrd', () => {
  it.each([
    ['a\n>From b\n', 'a\nFrom b\n'],
    ['a\n>>From b\n', 'a\n>From b\n'],
    ['>From first line\n', 'From first line\n'],
    ['a >From not at line start\n', 'a >From not at line start\n'],
    ['no quoting here\n', 'no quoting here\n'],
    ['x\n>From a\n>From b\n', 'x\nFrom a\nFrom b\n'],
  ])('turns %j into %j', (input, expected) => {
    expect(unescapeMboxrd(Buffer.from(input)).toString()).toBe(expected);
  });

  it('returns the same buffer when there is nothing to undo', () => {
    const input = Buffer.from('plain\n');
    expect(unescapeMboxrd(input)).toBe(input);
  });
});
