import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isAppError } from '../../core/app-error';
import { openMboxFile, scanMboxFile } from './mbox-file';
import { mbox } from './mbox-test-helpers';

let dir = '';
let file = '';
const data = mbox([
  'Subject: Thank you for applying to Northwind\n\nWe have received your application.',
  'Subject: Interview invitation\n\nWe would like to invite you to an interview.',
]);

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'hearback-mbox-'));
  file = path.join(dir, 'mail.mbox');
  await writeFile(file, data);
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('scanMboxFile', () => {
  it('scans a file from the start', async () => {
    const { items, scanner } = await scanMboxFile(file);
    const kinds: string[] = [];
    for await (const item of items) kinds.push(item.kind === 'classified' ? item.verdict.kind : item.kind);
    expect(kinds).toEqual(['ack', 'interview_invite']);
    expect(scanner.stats.offset).toBe(data.length);
  });

  it('resumes from a saved offset', async () => {
    const second = data.indexOf('\nFrom ') + 1;
    const { items } = await scanMboxFile(file, { startOffset: second });
    const offsets: number[] = [];
    for await (const item of items) offsets.push(item.offset);
    expect(offsets).toEqual([second]);
  });
});

describe('scanMboxFile stopped early', () => {
  it('closes the file when the loop breaks, with a read still in flight', async () => {
    const { items } = await scanMboxFile(file);
    for await (const item of items) {
      expect(item.offset).toBe(0);
      break;
    }
    expect(await items.next()).toEqual({ done: true, value: undefined });
  });
});

describe('openMboxFile', () => {
  it.each([
    { name: 'a missing file', target: () => path.join(dir, 'missing.mbox'), offset: 0, field: 'file' },
    { name: 'an offset past the end', target: () => file, offset: 10_000_000, field: 'startOffset' },
  ])('throws a validation AppError for $name', async ({ target, offset, field }) => {
    const error: unknown = await openMboxFile(target(), { startOffset: offset }).catch((e: unknown) => e);
    expect(isAppError(error) && [error.code, error.field]).toEqual(['validation', field]);
  });
});
