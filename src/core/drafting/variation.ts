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

function index(key: string, length: number, offset = 0): number {
  return (mix(fnv1a(key)) + offset) % length;
}

function choose<T>(key: string, options: Options<T>, offset = 0): T {
  return options[index(key, options.length, offset)] ?? options[0];
}

/**
 * The variation for one action of one application. Parts are hashed apart so the choices are independent.
 *
 * Sibling drafts, such as the thank-yous to each interviewer of one interview, pass their position among
 * the siblings. Independent hashes would give two siblings the same phrasing for a part about a third of the
 * time, and interviewers compare notes; instead each part starts from one choice per application and every
 * sibling moves one option on, so up to as many siblings as a part has options never share a phrasing.
 *
 * @example
 * const v = variationFor('app-1', 'act-1');
 * v.pick('greeting', ['Hello', 'Hi']) === v.pick('greeting', ['Hello', 'Hi']); // true
 * variationFor('app-1', 'ty-1', 0).pick('thanks', ['a', 'b']) !== variationFor('app-1', 'ty-2', 1).pick('thanks', ['a', 'b']); // true
 */
export function variationFor(applicationId: string, actionId: string, sibling?: number): Variation {
  return {
    pick: (part, options) =>
      sibling === undefined
        ? choose(`${applicationId}\u0000${actionId}\u0000${part}`, options)
        : choose(`${applicationId}\u0000siblings\u0000${part}`, options, sibling),
    pickForApplication: (part, options) => choose(`${applicationId}\u0000${part}`, options),
  };
}
