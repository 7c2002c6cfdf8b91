import { randomBytes } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { AppError } from '../../core/app-error';
import { aesSecretBox } from './aes-secret-box';

const key = randomBytes(32);
const box = aesSecretBox(() => Promise.resolve(key));

async function reason(work: Promise<unknown>): Promise<unknown> {
  const error = await work.then(() => null, (e: unknown) => e);
  expect(error).toBeInstanceOf(AppError);
  return (error as AppError).details?.reason;
}

describe('aesSecretBox', () => {
  it('opens what it sealed, and never stores the plaintext', async () => {
    const sealed = await box.seal('app password 123', 'mail-account:local');
    expect(sealed).toMatch(/^hb1\.[0-9a-f]{8}\.[\w-]+\.[\w-]+\.[\w-]+$/);
    expect(sealed).not.toContain('app password');
    expect(await box.open(sealed, 'mail-account:local')).toBe('app password 123');
  });

  it('seals the same secret differently each time', async () => {
    expect(await box.seal('same', 'c')).not.toBe(await box.seal('same', 'c'));
  });

  it('names a wrong key instead of returning garbage', async () => {
    const sealed = await box.seal('secret', 'mail-account:local');
    const other = aesSecretBox(() => Promise.resolve(randomBytes(32)));
    expect(await reason(other.open(sealed, 'mail-account:local'))).toBe('wrong_key');
  });

  it('refuses a value moved to another context or tampered with', async () => {
    const sealed = await box.seal('secret', 'mail-account:alice');
    expect(await reason(box.open(sealed, 'mail-account:bob'))).toBe('tampered');
    const parts = sealed.split('.');
    const body = Buffer.from(parts[3]!, 'base64url');
    body[0] = body[0]! ^ 1;
    parts[3] = body.toString('base64url');
    expect(await reason(box.open(parts.join('.'), 'mail-account:alice'))).toBe('tampered');
    expect(await reason(box.open('hb2.x.y.z.w', 'mail-account:alice'))).toBe('unknown_format');
  });

  it('round-trips any text in any context', async () => {
    await fc.assert(
      fc.asyncProperty(fc.string({ unit: 'grapheme' }), fc.string(), async (text, context) => {
        expect(await box.open(await box.seal(text, context), context)).toBe(text);
      }),
      { numRuns: 200 },
    );
  });

  it('fails with an AppError, never anything else, on any garbage', async () => {
    await fc.assert(
      fc.asyncProperty(fc.oneof(fc.string(), fc.array(fc.base64String(), { maxLength: 6 }).map((p) => ['hb1', ...p].join('.'))), async (garbage) => {
        const error = await box.open(garbage, 'c').then(() => null, (e: unknown) => e);
        expect(error).toBeInstanceOf(AppError);
      }),
      { numRuns: 300 },
    );
  });
});
