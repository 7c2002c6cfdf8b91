import { randomBytes } from 'node:crypto';
import { open, rename, rm } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { AppError } from '../../core/app-error';
import type { CommandContext } from '../command-context';

function writeError(file: string, error: unknown): AppError {
  const code = (error as NodeJS.ErrnoException).code;
  const why =
    code === 'ENOENT'
      ? 'cannot be written: its folder does not exist'
      : code === 'EACCES' || code === 'EPERM'
        ? 'cannot be written (permission denied)'
        : code === 'EISDIR'
          ? 'is a folder'
          : code === 'ENOSPC'
            ? 'cannot be written: the disk is full'
            : 'cannot be written';
  return new AppError('validation', `${file} ${why}`, { field: 'out', cause: error });
}

/**
 * Writes a file so that it is never seen half-written: to a temporary name beside it with mode 0600 (it
 * holds personal data), flushed to disk, then renamed over the target in one step. A crash leaves the old
 * file or the new one, and at worst a stray `.partial` file.
 */
export async function writeFileAtomic(file: string, content: string | Uint8Array): Promise<void> {
  const temp = join(dirname(resolve(file)), `.${basename(file)}.${randomBytes(4).toString('hex')}.partial`);
  try {
    const handle = await open(temp, 'wx', 0o600);
    try {
      await handle.writeFile(content);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(temp, file);
  } catch (error) {
    await rm(temp, { force: true });
    throw writeError(file, error);
  }
}

export interface OutputInfo {
  /** The document's media type, for `--json` output: `text/csv`, `text/calendar`, `message/rfc822`. */
  mediaType: string;
  /** Extra facts for `--json` output: `{ url }` for a calendar. */
  extra?: Record<string, unknown>;
}

/**
 * Sends a command's document to `--out FILE` (atomically) or to stdout when there is none or it is `-`.
 * With `--json`, stdout carries one JSON document as always: `{ written, bytes }` when the document went to
 * a file, or `{ mediaType, content }` when it did not. A JSON document itself goes out as it is.
 */
export async function writeOutput(
  ctx: CommandContext,
  file: string | undefined,
  content: string | Uint8Array,
  info: OutputInfo,
): Promise<void> {
  const text = typeof content === 'string' ? content : Buffer.from(content).toString('utf8');
  if (file === undefined || file === '-') {
    if (ctx.out.json && info.mediaType !== 'application/json')
      ctx.out.data({ ...info.extra, mediaType: info.mediaType, content: text });
    else ctx.io.stdout.write(text);
    return;
  }
  await writeFileAtomic(file, content);
  const bytes = typeof content === 'string' ? Buffer.byteLength(content) : content.byteLength;
  if (ctx.out.json) ctx.out.data({ ...info.extra, written: file, bytes });
  else ctx.out.note(`Wrote ${file}.`);
}
