import { createCipheriv, createDecipheriv, createHash, randomBytes } from 'node:crypto';
import { AppError } from '../../core/app-error';
import type { SecretBox } from '../../ports/secret-box';

const VERSION = 'hb1';
const IV_BYTES = 12;
const TAG_BYTES = 16;

/** A short fingerprint of the key, stored with each secret, so a wrong key is named as such. */
function keyId(key: Buffer): string {
  return createHash('sha256').update('hearback secret key id\0').update(key).digest('hex').slice(0, 8);
}

function refuse(reason: 'wrong_key' | 'tampered' | 'unknown_format', message: string): AppError {
  return new AppError('validation', message, { field: 'secret', details: { reason } });
}

/**
 * AES-256-GCM with a random 96-bit IV per secret. The sealed form is versioned text,
 * `hb1.<key id>.<iv>.<ciphertext>.<tag>` (base64url parts), and the caller's context is the associated
 * data, so a sealed value moved to another user or field fails to open.
 *
 * @example
 * const box = aesSecretBox(() => loadSecretKey({ home }, true), () => loadSecretKey({ home }, false));
 * const sealed = await box.seal('app password', 'mail-account:local');
 */
export function aesSecretBox(keyToSeal: () => Promise<Buffer>, keyToOpen: () => Promise<Buffer> = keyToSeal): SecretBox {
  return {
    async seal(plaintext, context) {
      const key = await keyToSeal();
      const iv = randomBytes(IV_BYTES);
      const cipher = createCipheriv('aes-256-gcm', key, iv);
      cipher.setAAD(Buffer.from(`${VERSION}|${context}`));
      const body = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()]);
      return [VERSION, keyId(key), iv.toString('base64url'), body.toString('base64url'), cipher.getAuthTag().toString('base64url')].join('.');
    },
    async open(sealed, context) {
      const parts = sealed.split('.');
      if (parts.length !== 5 || parts[0] !== VERSION) {
        throw refuse('unknown_format', 'the saved secret is not in a format this hearback can read; run `hearback mail setup` again');
      }
      const [, id, iv, body, tag] = parts as [string, string, string, string, string];
      const key = await keyToOpen();
      if (keyId(key) !== id) {
        throw refuse('wrong_key', 'the saved mail password was sealed with another secret key (HEARBACK_SECRET_KEY or secret.key changed); restore that key or run `hearback mail setup` again');
      }
      const ivBytes = Buffer.from(iv, 'base64url');
      const tagBytes = Buffer.from(tag, 'base64url');
      if (ivBytes.length !== IV_BYTES || tagBytes.length !== TAG_BYTES) throw refuse('tampered', 'the saved mail password is damaged; run `hearback mail setup` again');
      try {
        const decipher = createDecipheriv('aes-256-gcm', key, ivBytes);
        decipher.setAAD(Buffer.from(`${VERSION}|${context}`));
        decipher.setAuthTag(tagBytes);
        return Buffer.concat([decipher.update(Buffer.from(body, 'base64url')), decipher.final()]).toString('utf8');
      } catch {
        throw refuse('tampered', 'the saved mail password is damaged or belongs to another account; run `hearback mail setup` again');
      }
    },
  };
}
