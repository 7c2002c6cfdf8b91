import { importMbox, type Created, type ImportMboxResult } from '../../app/mail/import-mbox';
import type { MboxStats } from '../../ports/mail-kit';
import type { CommandContext, Handler } from '../command-context';
import { mailKitOf, stopSignal } from './mail-context';
import { str } from './parse-options';

const MB = 1024 * 1024;

/** A progress bar on standard error, redrawn at most five times a second, only on a terminal. */
function progressBar(ctx: CommandContext, size: number, from: number): (stats: MboxStats, counts: ImportMboxResult['counts'], last?: boolean) => void {
  const started = Date.now();
  let drawn = 0;
  const mb = (bytes: number) => (size < 10 * MB ? (bytes / MB).toFixed(1) : (bytes / MB).toFixed(0));
  return (stats, counts, last = false) => {
    const now = Date.now();
    if (now - drawn < 200 && !last) return;
    drawn = now;
    const done = from + stats.bytes;
    const share = size > 0 ? done / size : 1;
    const width = 24;
    const filled = Math.round(share * width);
    const rate = stats.bytes / MB / Math.max((now - started) / 1000, 0.001);
    const bar = `[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${(share * 100).toFixed(0).padStart(3)}%`;
    ctx.io.stderr.write(`\r${bar} ${mb(done)}/${mb(size)} MB  ${stats.messages} messages  ${stats.matches} job mail  ${counts.applications + counts.events} created  ${rate.toFixed(1)} MB/s `);
  };
}

function describe(c: Created): string {
  if (c.kind === 'application') return `application  ${c.company} — ${c.role} (applied ${c.at.slice(0, 10)})`;
  if (c.kind === 'event') return `${c.event.replace('_', ' ').padEnd(12)} ${c.company}, ${c.at.slice(0, 10)}: ${c.note}`;
  return `review       ${c.subject} (${c.why})`;
}

/** `hearback import mbox FILE`: a year of mail into applications and events, resumable and idempotent. */
export const importMboxCommand: Handler = async (ctx, [file], o) => {
  const [{ deps }, kit] = await Promise.all([ctx.runtime(), mailKitOf(ctx)]);
  const path = file ?? '';
  const tty = Boolean(ctx.io.stderr.isTTY) && !ctx.out.json;
  const identity = tty ? await kit.mbox.identify(path) : null;
  const stop = stopSignal();
  let result: ImportMboxResult;
  let interrupted = false;
  try {
    const progress = identity ? await deps.db.getMboxImport(identity.key) : null;
    const onProgress = identity ? progressBar(ctx, identity.size, progress && !progress.finished && !o.restart ? progress.offset : 0) : undefined;
    result = await importMbox(deps, kit, { path, since: str(o.since) ?? null, dryRun: Boolean(o.dryRun), restart: Boolean(o.restart), me: Array.isArray(o.me) ? o.me : [] }, { ...(onProgress ? { onProgress } : {}), signal: stop.signal });
    interrupted = stop.signal.aborted;
    if (onProgress && !result.alreadyImported) onProgress(result.stats, result.counts, true);
  } finally {
    stop.abort();
    if (tty) ctx.io.stderr.write('\n');
  }
  const out = ctx.out;
  if (out.json) return out.data(result);
  if (result.alreadyImported) {
    out.line(`${path} was imported completely before (${result.counts.applications} applications, ${result.counts.events} events); nothing to do. Use --restart to read it again (nothing is created twice).`);
    return;
  }
  if (result.resumedFrom > 0) out.line(`Resumed at byte ${result.resumedFrom}.`);
  const verb = result.dryRun ? 'Would create' : 'Created';
  // A dry run is for reading what would happen; a real run lists only the first few.
  const shown = result.dryRun ? result.created : result.created.slice(0, 20);
  for (const c of shown) out.line(`  ${describe(c)}`);
  if (shown.length < result.counts.applications + result.counts.events + result.counts.review) out.line('  …');
  const s = result.stats;
  out.line(`Read ${s.messages} messages (${(s.bytes / MB).toFixed(1)} MB): ${s.candidates} looked like job mail, ${s.errors} unreadable.`);
  for (const u of result.unreadable) out.line(`  unreadable at byte ${u.offset}: ${u.error}`);
  if (s.errors > result.unreadable.length) out.line(`  … and ${s.errors - result.unreadable.length} more unreadable`);
  out.line(`${verb} ${result.counts.applications} applications and ${result.counts.events} events; ${result.counts.review} for review${result.dryRun ? '' : ' (hearback inbox review)'}.`);
  if (interrupted && !result.dryRun) out.line('Interrupted: run the same command again to continue where it stopped.');
};
