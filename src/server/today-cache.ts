import { gzipSync } from 'node:zlib';
import type { DraftedAgenda } from '../app/today-drafts';

/**
 * How long a cached Today may be served without looking again, for changes the server cannot see: the
 * command line writing to the same SQLite file, or another web process in server mode. Writes through this
 * server and passing window boundaries invalidate it at once.
 */
export const TODAY_CACHE_TTL_MS = 2_000;
const MAX_ENTRIES = 256;

/** An answer, serialized once and compressed once, and sent as it is to every reader until it goes stale. */
export interface CachedAnswer {
  json: string;
  /** The same bytes gzipped, for clients that accept it, which every browser does. */
  gzip: Buffer;
}

interface Entry {
  generation: number;
  body: Promise<CachedAnswer>;
  /** By the app clock: the next instant the agenda changes by itself (a window opens, an action expires). */
  validUntilMs: number;
  /** By the monotonic clock: when the entry was made, for the TTL. */
  madeAt: number;
}

/** The next instant the agenda changes by itself. */
export function agendaBoundary(agenda: DraftedAgenda): number {
  const nowMs = Date.parse(agenda.now);
  let next = Infinity;
  for (const item of agenda.upcoming) next = Math.min(next, Date.parse(item.action.due.start));
  for (const item of agenda.due) if (item.action.expiresAt !== null) next = Math.min(next, Date.parse(item.action.expiresAt));
  return next > nowMs ? next : nowMs;
}

/**
 * Today's answers, per user and query, serialized and compressed. Drafting every item on every load is the
 * costly part of the morning page, and sending it uncompressed the next; the answer only changes when data
 * changes or a window boundary passes. Concurrent
 * misses share one computation, and an answer computed across an invalidation is not kept. A cache is not
 * state: any process can drop it and answer the same.
 */
export class TodayCache {
  readonly #entries = new Map<string, Entry>();
  readonly #generations = new Map<string, number>();

  constructor(
    private readonly monotonicMs: () => number = () => performance.now(),
    private readonly ttlMs = TODAY_CACHE_TTL_MS,
  ) {}

  /** Forgets a user's answers, after a write. */
  invalidate(userId: string): void {
    this.#generations.set(userId, (this.#generations.get(userId) ?? 0) + 1);
    for (const key of this.#entries.keys()) if (key.startsWith(`${userId}\u0000`)) this.#entries.delete(key);
  }

  /** The answer for `query`, computing it with `compute` when there is no fresh one. */
  async get(userId: string, query: string, nowMs: number, compute: () => Promise<DraftedAgenda>): Promise<CachedAnswer> {
    const key = `${userId}\u0000${query}`;
    const generation = this.#generations.get(userId) ?? 0;
    const hit = this.#entries.get(key);
    if (hit && hit.generation === generation && nowMs < hit.validUntilMs && this.monotonicMs() - hit.madeAt < this.ttlMs) return hit.body;
    const entry: Entry = { generation, body: Promise.resolve({ json: '', gzip: Buffer.alloc(0) }), validUntilMs: Infinity, madeAt: this.monotonicMs() };
    entry.body = compute().then((agenda) => {
      entry.validUntilMs = agendaBoundary(agenda);
      const json = JSON.stringify(agenda);
      return { json, gzip: gzipSync(json) };
    });
    entry.body.catch(() => this.#entries.get(key) === entry && this.#entries.delete(key));
    if (this.#entries.size >= MAX_ENTRIES) this.#entries.delete(this.#entries.keys().next().value ?? '');
    this.#entries.set(key, entry);
    const body = await entry.body;
    if ((this.#generations.get(userId) ?? 0) !== generation && this.#entries.get(key) === entry) this.#entries.delete(key);
    return body;
  }
}
