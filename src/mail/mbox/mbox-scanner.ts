import { classifyMessage } from '../../core/mail/classify-message';
import type { MailLink } from '../../core/mail/link-message';
import type { MailHeaders, MailMessage } from '../../core/mail/mail-message';
import { mayBeJobMail, type JobMailHints } from '../../core/mail/may-be-job-mail';
import { parseHeadersOnly } from '../mime/parse-headers-only';
import { parseMessage, type ParseOptions } from '../mime/parse-message';
import { unescapeMboxrd } from './from-line';
import { readMbox, type MboxSource } from './mbox-reader';
import type { MboxItem, MboxStats } from '../../ports/mail-kit';

export interface ScanOptions {
  /** Absolute offset the source starts at, to resume an import (see `ScanStats.offset`). */
  startOffset?: number;
  maxMessageBytes?: number;
  /** Messages dated before this instant or `YYYY-MM-DD` are skipped without parsing their bodies. */
  since?: string;
  /**
   * Known addresses and sent Message-IDs: their mail is always parsed. The sets may grow during the scan, as
   * the import learns the user's own sent Message-IDs. Unless `hints.unlinkedAutomated` is set, bounces and
   * auto-replies that these hints do not tie to anything are skipped: a backfill creates nothing from them.
   */
  hints?: JobMailHints;
  /**
   * Sees the headers of every message before the pre-filter, so the caller can grow the hints as it reads:
   * the Message-IDs of the user's own sent mail, whose replies are then kept.
   */
  onHeaders?: (headers: MailHeaders) => void;
  /** Replaces the default header pre-filter (`mayBeJobMail`). */
  isCandidate?: (headers: MailHeaders) => boolean;
  /** Links a parsed candidate to an application, so a person answering in a known thread reads as a reply. */
  link?: (message: MailMessage) => MailLink | null;
  parse?: ParseOptions;
  /** Resolves relative dates in messages without a Date header. */
  now?: string;
}

/** The items and counters of a scan are the port's, so the app layer reads them without this driver. */
export type ScanItem = MboxItem;
export type ScanStats = MboxStats;

/**
 * The mbox backfill pipeline: stream the file, read only the headers of each message, keep the ones that may
 * be job mail, and parse and classify only those. Every message yields one item (skipped, classified or
 * error) with its byte range, so an import can checkpoint `stats.offset` and resume, and dedupe by Message-ID.
 *
 * @example
 * const scanner = new MboxScanner({ since: '2024-06-01' });
 * for await (const item of scanner.scan(createReadStream(path))) if (item.kind === 'classified') use(item.verdict);
 */
export class MboxScanner {
  readonly stats: ScanStats;
  private readonly options: ScanOptions;
  private readonly sinceMs: number | null;
  private readonly hints: JobMailHints;

  constructor(options: ScanOptions = {}) {
    this.options = options;
    this.hints = { unlinkedAutomated: false, ...options.hints };
    const since = options.since ? Date.parse(options.since) : Number.NaN;
    this.sinceMs = Number.isNaN(since) ? null : since;
    const start = options.startOffset ?? 0;
    this.stats = { bytes: 0, messages: 0, candidates: 0, matches: 0, skipped: 0, errors: 0, offset: start };
  }

  async *scan(source: MboxSource): AsyncGenerator<ScanItem> {
    const { startOffset, maxMessageBytes } = this.options;
    // Messages are views into the reader's buffer (no copy): each is handled before the next is read.
    for await (const entry of readMbox(source, {
      startOffset,
      maxMessageBytes,
      unescape: false,
      copy: false,
    })) {
      const item = entry.ok
        ? await this.handle(entry.offset, entry.length, entry.bytes)
        : ({
            kind: 'error',
            offset: entry.offset,
            length: entry.length,
            messageId: null,
            error: entry.error,
          } as const);
      this.count(item);
      yield item;
    }
  }

  private count(item: ScanItem): void {
    const s = this.stats;
    s.messages += 1;
    s.offset = item.offset + item.length;
    s.bytes = s.offset - (this.options.startOffset ?? 0);
    if (item.kind === 'skipped') s.skipped += 1;
    else if (item.kind === 'error') s.errors += 1;
    else {
      s.candidates += 1;
      if (item.verdict.kind !== 'unrelated') s.matches += 1;
    }
  }

  private async handle(offset: number, length: number, raw: Buffer): Promise<ScanItem> {
    const head = parseHeadersOnly(raw, { maxHeaderBytes: this.options.parse?.maxHeaderBytes });
    if (!head.ok) return { kind: 'error', offset, length, messageId: null, error: head.error };
    const headers = head.headers;
    this.options.onHeaders?.(headers);
    if (this.sinceMs !== null && headers.date !== null && Date.parse(headers.date) < this.sinceMs) {
      return { kind: 'skipped', offset, length, messageId: headers.messageId, reason: 'before_since' };
    }
    const candidate = this.options.isCandidate
      ? this.options.isCandidate(headers)
      : mayBeJobMail(headers, this.hints);
    if (!candidate)
      return { kind: 'skipped', offset, length, messageId: headers.messageId, reason: 'not_job_mail' };
    const parsed = await parseMessage(unescapeMboxrd(raw), this.options.parse);
    if (!parsed.ok)
      return { kind: 'error', offset, length, messageId: headers.messageId, error: parsed.error };
    const link = this.options.link ? this.options.link(parsed.message) : null;
    const verdict = classifyMessage(parsed.message, { now: this.options.now, link });
    return { kind: 'classified', offset, length, message: parsed.message, verdict, link };
  }
}
