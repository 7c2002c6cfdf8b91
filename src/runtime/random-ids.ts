import type { IdGenerator } from '../ports/ids';

/** No 0/o, 1/l/i: ids are read aloud and typed from a terminal. */
const ALPHABET = '23456789abcdefghjkmnpqrstuvwxyz';

/**
 * Random ids of eight characters (about 39 bits): unique enough within one user's data, short enough to
 * type. Uniqueness is also enforced by the store, which reports a clash as a conflict.
 */
export function randomIds(length = 8): IdGenerator {
  return {
    next() {
      // The global Web Crypto, not node:crypto: importing that module would cost every command's start,
      // and most commands never make an id.
      const bytes = globalThis.crypto.getRandomValues(new Uint8Array(length));
      let id = '';
      for (const byte of bytes) id += ALPHABET[byte % ALPHABET.length];
      return id;
    },
  };
}

/** Sequential ids (`a1`, `a2`...) for tests and reproducible demos. */
export function sequentialIds(prefix = 'x'): IdGenerator {
  let n = 0;
  return { next: (kind) => `${kind[0]}${prefix}${++n}` };
}
