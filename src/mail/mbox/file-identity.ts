import { createHash } from 'node:crypto';
import { open } from 'node:fs/promises';
import { AppError } from '../../core/app-error';
import type { MboxFileIdentity } from '../../ports/mail-kit';

const HEAD_BYTES = 64 * 1024;

/**
 * What makes an mbox file the same file on the next run: its size, modification time and first 64 KiB.
 * An import resumes only when all three match; a changed file starts again from the top, and the
 * Message-ID dedupe keeps that from creating anything twice.
 *
 * @example
 * const { key, size } = await mboxFileIdentity('Takeout/Mail/All mail Including Spam and Trash.mbox');
 */
export async function mboxFileIdentity(path: string): Promise<MboxFileIdentity> {
  let handle;
  try {
    handle = await open(path, 'r');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? 'does not exist' : code === 'EACCES' ? 'cannot be read (permission denied)' : 'cannot be read';
    throw new AppError('validation', `${path} ${why}`, { field: 'file', cause: error });
  }
  try {
    const stat = await handle.stat();
    if (!stat.isFile()) throw new AppError('validation', `${path} is not a file`, { field: 'file' });
    const head = Buffer.alloc(Math.min(HEAD_BYTES, stat.size));
    if (head.length > 0) await handle.read(head, 0, head.length, 0);
    const key = createHash('sha256').update(`${stat.size}|${Math.trunc(stat.mtimeMs)}|`).update(head).digest('hex').slice(0, 32);
    return { key, size: stat.size };
  } finally {
    await handle.close();
  }
}
