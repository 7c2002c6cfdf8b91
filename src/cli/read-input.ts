import { readFile } from 'node:fs/promises';
import { AppError } from '../core/app-error';

/** Reads a file argument, or standard input for `-` or no argument, naming the file when it cannot. */
export async function readInput(file: string | undefined, stdin: NodeJS.ReadableStream, field = 'file'): Promise<Buffer> {
  if (!file || file === '-') {
    const chunks: Buffer[] = [];
    for await (const chunk of stdin) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer));
    return Buffer.concat(chunks);
  }
  try {
    return await readFile(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? 'does not exist' : code === 'EISDIR' ? 'is a folder' : code === 'EACCES' ? 'cannot be read (permission denied)' : 'cannot be read';
    throw new AppError('validation', `${file} ${why}`, { field, cause: error });
  }
}
