import { backupFileName, restoreBackup } from '../../app/backup';
import { exportJson } from '../../app/export-data';
import type { Handler } from '../command-context';
import { readInput } from '../read-input';
import { str } from './parse-options';
import { writeOutput } from './write-output';

/** `hearback backup [--out FILE]`: the JSON export, by default to `hearback-backup-YYYY-MM-DD.json` here. */
export const backup: Handler = async (ctx, _args, o) => {
  const { deps } = await ctx.runtime();
  const file = str(o.out) ?? (await backupFileName(deps));
  await writeOutput(ctx, file, await exportJson(deps), { mediaType: 'application/json' });
  if (!ctx.out.json && file !== '-')
    ctx.out.note(`Restore it into an empty store with \`hearback restore ${file}\`.`);
};

/** `hearback restore FILE`: into an empty store only; the whole file lands in one transaction, or nothing. */
export const restore: Handler = async (ctx, args) => {
  const text = (await readInput(args[0], ctx.io.stdin)).toString('utf8');
  const { deps } = await ctx.runtime();
  const summary = await restoreBackup(deps, text);
  if (ctx.out.json) {
    ctx.out.data(summary);
    return;
  }
  const n = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`;
  const extras = [summary.settings ? 'your settings' : null, summary.profile ? 'profile' : null].filter(
    Boolean,
  );
  ctx.out.line(
    `Restored ${n(summary.applications, 'application', 'applications')}, ${n(summary.contacts, 'contact', 'contacts')}, ` +
      `${n(summary.events, 'event', 'events')}, ${n(summary.actions, 'planned action', 'planned actions')} and ` +
      `${n(summary.actionStates, 'snooze or skip', 'snoozes and skips')}${extras.length ? `, with ${extras.join(' and ')}` : ''}.`,
  );
  ctx.out.line('A calendar subscription needs a new address: see `hearback ical --url`.');
};
