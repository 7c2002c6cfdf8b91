import { open, type FileHandle } from 'node:fs/promises';
import { AppError } from '../../core/app-error';
import { MboxScanner, type ScanItem, type ScanOptions } from './mbox-scanner';

/**
 * Opens an mbox file for reading, checking that a resume offset lies inside it. The handle is an MboxSource:
 * the reader reads from it straight into its own buffer. The caller closes it. Throws a `validation`
 * AppError naming the file or the offset, since either failure stops the whole import.
 *
 * @example
 * const handle = await openMboxFile('takeout.mbox', { startOffset: 1_048_576 });
 */
export async function openMboxFile(
  path: string,
  options: { startOffset?: number } = {},
): Promise<FileHandle> {
  let handle: FileHandle;
  try {
    handle = await open(path, 'r');
  } catch (error) {
    throw new AppError('validation', `cannot read mbox file ${path}`, { field: 'file', cause: error });
  }
  const { size } = await handle.stat();
  const start = options.startOffset ?? 0;
  if (!Number.isSafeInteger(start) || start < 0 || start > size) {
    await handle.close();
    throw new AppError('validation', `resume offset ${start} is outside ${path} (${size} bytes)`, {
      field: 'startOffset',
    });
  }
  return handle;
}

/**
 * Scans an mbox file with an MboxScanner, from `options.startOffset` when resuming. The file is closed when
 * the items are exhausted or the loop over them stops early.
 *
 * @example
 * const { scanner, items } = await scanMboxFile('takeout.mbox', { since: '2024-01-01' });
 * for await (const item of items) progress(scanner.stats);
 */
export async function scanMboxFile(
  path: string,
  options: ScanOptions = {},
): Promise<{ scanner: MboxScanner; items: AsyncGenerator<ScanItem> }> {
  const handle = await openMboxFile(path, { startOffset: options.startOffset });
  const scanner = new MboxScanner(options);
  async function* items(): AsyncGenerator<ScanItem> {
    try {
      yield* scanner.scan(handle);
    } finally {
      await handle.close();
    }
  }
  return { scanner, items: items() };
}
