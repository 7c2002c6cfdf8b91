import { randomBytes } from 'node:crypto';
import { chmod, mkdir, open, readFile, stat } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { AppError } from '../../core/app-error';

export const KEY_BYTES = 32;
export const KEY_FILE_NAME = 'secret.key';

export interface KeySource {
  /** `HEARBACK_SECRET_KEY`: base64 of 32 bytes. Wins over the file. */
  env?: string | undefined;
  /** The data directory, where `secret.key` is kept. */
  home: string;
}

function decodeKey(text: string, where: string): Buffer {
  const key = Buffer.from(text.trim(), 'base64');
  if (key.length !== KEY_BYTES) {
    throw new AppError('validation', `${where} must hold ${KEY_BYTES} bytes in base64 (openssl rand -base64 32); it holds ${key.length}`, {
      field: 'secretKey',
      details: { reason: 'bad_key' },
    });
  }
  return key;
}

/**
 * The key that seals mail passwords: from `HEARBACK_SECRET_KEY`, else from `<home>/secret.key`, which is
 * created (mode 0600, random) the first time a secret is sealed. The key never goes into the database, so
 * a copy of the database alone reveals no password. With `create` false a missing file is an error, since
 * only a key that sealed a secret can open it.
 */
export async function loadSecretKey(source: KeySource, create: boolean): Promise<Buffer> {
  if (source.env !== undefined && source.env.trim() !== '') return decodeKey(source.env, 'HEARBACK_SECRET_KEY');
  const file = join(source.home, KEY_FILE_NAME);
  const existing = await readKeyFile(file);
  if (existing) return existing;
  if (!create) {
    throw new AppError('validation', `the secret key ${file} is missing, so the saved mail password cannot be read; run \`hearback mail setup\` again`, {
      field: 'secretKey',
      details: { reason: 'no_key', file },
    });
  }
  await mkdir(dirname(file), { recursive: true, mode: 0o700 });
  const key = randomBytes(KEY_BYTES);
  try {
    // `wx` fails when another process created the file first; that process's key is then the key.
    const handle = await open(file, 'wx', 0o600);
    try {
      await handle.writeFile(`${key.toString('base64')}\n`);
      await handle.sync();
    } finally {
      await handle.close();
    }
    return key;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw keyFileError(file, error);
    const raced = await readKeyFile(file);
    if (!raced) throw keyFileError(file, error);
    return raced;
  }
}

async function readKeyFile(file: string): Promise<Buffer | null> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw keyFileError(file, error);
  }
  // A half-written file (a crash between create and write) holds no key yet.
  if (text.trim() === '') return null;
  const mode = (await stat(file)).mode & 0o777;
  // Others must not read the key: a copied or restored file may have lost its mode.
  if ((mode & 0o077) !== 0) await chmod(file, 0o600);
  return decodeKey(text, file);
}

function keyFileError(file: string, cause: unknown): AppError {
  return new AppError('internal', `cannot read or create the secret key ${file}: ${cause instanceof Error ? cause.message : String(cause)}`, { cause });
}
