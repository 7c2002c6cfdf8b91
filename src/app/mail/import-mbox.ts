import { z } from 'zod';
import { linkMessage } from '../../core/mail/link-message';
import { judgeMail, type EventSuggestion } from '../../core/mail/mail-suggestion';
import type { MailKit, MboxItem, MboxStats } from '../../ports/mail-kit';
import type { MailRecord, MboxImportProgress } from '../../ports/mail-records';
import { nowIso, type AppDeps } from '../deps';
import { email, isoDate } from '../schemas';
import { validate } from '../validate';
import { loadMailKnowledge } from './link-knowledge';
import { ImportWorld } from './import-world';
import { mailRecordOf } from './mail-record';
import { flushImport, type ImportBatch } from './import-flush';

export const ImportMboxInput = z.object({
  path: z.string().min(1),
  since: isoDate.nullish(),
  dryRun: z.boolean().default(false),
  /** Read the whole file again even if an earlier import finished it (nothing is created twice). */
  restart: z.boolean().default(false),
  /** The user's own addresses, whose messages (Gmail Takeout includes sent mail) are skipped. */
  me: z.array(email).max(20).default([]),
});
export type ImportMboxInput = z.input<typeof ImportMboxInput>;

/** One thing the import creates (or, in a dry run, would create), for the report. */
export type Created =
  | { kind: 'application'; company: string; role: string; at: string }
  | { kind: 'event'; event: EventSuggestion['event']; company: string; at: string; note: string }
  | { kind: 'review'; subject: string; why: string };

export interface ImportMboxResult {
  path: string;
  dryRun: boolean;
  /** The file was imported completely before; nothing was read. */
  alreadyImported: boolean;
  /** The offset this run started from: non-zero when it resumed an interrupted import. */
  resumedFrom: number;
  stats: MboxStats;
  counts: { applications: number; events: number; review: number };
  /** The first of what was created, for the report; counts are complete. */
  created: Created[];
  /** The first messages that could not be read, with their byte offset in the file and why. */
  unreadable: { offset: number; error: string }[];
}

export interface ImportHooks {
  onProgress?: (stats: MboxStats, counts: ImportMboxResult['counts']) => void;
  /** Messages per transaction; the offset is committed with each. */
  batchMessages?: number;
  /** Stops after the current batch is written: the import resumes from there next time. */
  signal?: AbortSignal;
}

const SHOWN = 500;
const UNREADABLE_SHOWN = 10;

/**
 * `hearback import mbox`: streams a mailbox file (Gmail Takeout and others) in constant memory and turns a
 * year of mail into applications (from acknowledgements) and events (replies, rejections, interviews,
 * automatic replies and bounces), with medium-confidence messages queued for review. Writes go in batches,
 * each in one transaction with the file offset reached, so an interrupted import resumes where it stopped
 * and never creates anything twice; every message is also remembered by Message-ID.
 */
export async function importMbox(deps: AppDeps, kit: MailKit, raw: unknown, hooks: ImportHooks = {}): Promise<ImportMboxResult> {
  const input = validate(ImportMboxInput, raw);
  const identity = await kit.mbox.identify(input.path);
  const progress = await deps.db.getMboxImport(identity.key);
  const counts = { applications: 0, events: 0, review: 0 };
  const created: Created[] = [];
  const note = (c: Created) => created.length < SHOWN && created.push(c);
  if (progress?.finished && !input.restart) {
    const stats = { bytes: 0, messages: 0, candidates: 0, matches: 0, skipped: 0, errors: 0, offset: progress.offset };
    return { path: input.path, dryRun: input.dryRun, alreadyImported: true, resumedFrom: progress.offset, stats, counts: progress.created, created, unreadable: [] };
  }
  const start = progress && !progress.finished && !input.restart ? progress.offset : 0;
  const startedAt = progress && start > 0 ? progress.startedAt : nowIso(deps);
  const base = start > 0 && progress ? progress.created : { applications: 0, events: 0, review: 0 };
  const account = await deps.db.getMailAccount();
  const own = new Set([...input.me, ...(account ? [account.account.address.toLowerCase()] : [])]);
  const knowledge = await loadMailKnowledge(deps.db);
  const world = new ImportWorld(knowledge);
  const companyOf = new Map<string, string>((await deps.db.listApplications()).map((a) => [a.id, a.company]));
  const scan = await kit.mbox.scan({
    path: input.path,
    startOffset: start,
    ...(input.since ? { since: input.since } : {}),
    hints: world.hints,
    onHeaders: (headers) => {
      if (headers.from && own.has(headers.from.address.toLowerCase())) world.learnOwn(headers);
    },
    link: (message) => linkMessage(message, world.index()),
    now: nowIso(deps),
  });
  let batch: ImportBatch = { applications: [], events: [], records: [] };
  let flushedAt = 0;
  const flush = async (finished: boolean) => {
    const totals = { applications: base.applications + counts.applications, events: base.events + counts.events, review: base.review + counts.review };
    const state: MboxImportProgress = { fileKey: identity.key, path: input.path, size: identity.size, offset: scan.stats.offset, messages: (start > 0 && progress ? progress.messages : 0) + scan.stats.messages, created: totals, finished, startedAt, updatedAt: nowIso(deps) };
    if (!input.dryRun) await flushImport(deps, batch, state);
    batch = { applications: [], events: [], records: [] };
    flushedAt = scan.stats.messages;
  };
  const pendingIds = new Set<string>();
  const unreadable: ImportMboxResult['unreadable'] = [];
  for await (const item of scan.items) {
    if (item.kind === 'error' && unreadable.length < UNREADABLE_SHOWN) unreadable.push({ offset: item.offset, error: item.error });
    await consider(item);
    hooks.onProgress?.(scan.stats, counts);
    if (scan.stats.messages - flushedAt >= (hooks.batchMessages ?? 500)) {
      await flush(false);
      pendingIds.clear();
      if (hooks.signal?.aborted) break;
    }
  }
  const completed = !hooks.signal?.aborted || scan.stats.offset >= identity.size;
  await flush(completed);
  return { path: input.path, dryRun: input.dryRun, alreadyImported: false, resumedFrom: start, stats: scan.stats, counts, created, unreadable };

  async function consider(item: MboxItem): Promise<void> {
    if (item.kind !== 'classified' || item.verdict.kind === 'unrelated') return;
    const msg = item.message;
    if (msg.from && own.has(msg.from.address.toLowerCase())) return;
    const messageId = msg.messageId ?? `mbox:${identity.key}:${item.offset}`;
    if (pendingIds.has(messageId) || (await deps.db.knownMessageIds([messageId])).size > 0) return;
    pendingIds.add(messageId);
    const now = nowIso(deps);
    const judgement = judgeMail(msg, item.verdict, item.link, { mode: 'import', contacts: world.contacts, appliedAt: world.appliedAt });
    const record: MailRecord = mailRecordOf(deps.ids.next('mail'), messageId, 'mbox', msg, null, item.verdict, item.link, judgement, now);
    const at = msg.date && Date.parse(msg.date) < Date.parse(now) ? msg.date : now;
    const suggestion = judgement.suggestion;
    if (item.link?.via === 'thread' && judgement.status === 'apply') world.attribute(msg.messageId, item.link.applicationId, msg.from?.address ?? null);
    if (judgement.status === 'apply' && suggestion?.kind === 'application') {
      const made = world.createApplication(deps.ids, { company: suggestion.company, role: suggestion.role, at, from: msg.from?.address ?? null }, now);
      batch.applications.push({ application: made.application, applied: made.applied });
      companyOf.set(made.application.id, made.application.company);
      world.attribute(msg.messageId, made.application.id, msg.from?.address ?? null);
      record.applicationId = made.application.id;
      counts.applications += 1;
      note({ kind: 'application', company: made.application.company, role: made.application.role, at });
    } else if (judgement.status === 'apply' && suggestion?.kind === 'event') {
      batch.events.push(record);
      counts.events += 1;
      note({ kind: 'event', event: suggestion.event, company: companyOf.get(suggestion.applicationId ?? '') ?? '?', at, note: suggestion.note });
    } else if (judgement.status === 'review') {
      counts.review += 1;
      note({ kind: 'review', subject: msg.subject, why: judgement.why });
    }
    batch.records.push(record);
  }
}
