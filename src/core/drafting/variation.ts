/**
 * FNV-1a, 32 bits: a small, stable hash. Drafting needs variety that is the same on every run and machine,
 * so phrasings are picked by hashing ids rather than by chance.
 *
 * @example
 * fnv1a(''); // 2166136261
 */
export function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i += 1) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash >>> 0;
}

/** A non-empty list of phrasings for one part of a message. */
export type Options<T> = readonly [T, ...T[]];

/** Picks phrasings for the parts of one draft. */
export interface Variation {
  /** Varies per action: two thank-yous to two interviewers read differently. */
  pick<T>(part: string, options: Options<T>): T;
  /** Varies per application only, so the second follow-up can reply to the first one's subject. */
  pickForApplication<T>(part: string, options: Options<T>): T;
}

/**
 * MurmurHash3's finaliser. FNV-1a alone leaves its low bits tied to the parity of the input's characters,
 * so picking among two phrasings by `hash % 2` would flip every part together; mixing spreads each input
 * bit over the whole word.
 */
function mix(hash: number): number {
  let h = hash;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

function choose<T>(key: string, options: Options<T>): T {
  return options[mix(fnv1a(key)) % options.length] ?? options[0];
}

/**
 * The variation for one action of one application. Parts are hashed apart so the choices are independent.
 *
 * @example
 * const v = variationFor('app-1', 'act-1');
 * v.pick('greeting', ['Hello', 'Hi']) === v.pick('greeting', ['Hello', 'Hi']); // true
 */
export function variationFor(applicationId: string, actionId: string): Variation {
  return {
    pick: (part, options) => choose(`${applicationId}\u0000${actionId}\u0000${part}`, options),
    pickForApplication: (part, options) => choose(`${applicationId}\u0000${part}`, options),
  };
}
