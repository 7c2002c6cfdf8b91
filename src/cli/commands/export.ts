import { writeFile } from 'node:fs/promises';
import { exportDocument } from '../../app/export-data';
import { AppError } from '../../core/app-error';
import { toCanonicalJson } from '../../core/export/canonical-json';
import type { Handler } from '../command-context';
import { str } from './parse-options';

export const exportCommand: Handler = async (ctx, _args, o) => {
  if (!ctx.global.json) throw new AppError('validation', 'say which format: `hearback export --json`', { field: 'format' });
  const { deps } = await ctx.runtime();
  const text = toCanonicalJson(await exportDocument(deps));
  const file = str(o.out);
  if (!file) {
    ctx.io.stdout.write(text);
    return;
  }
  // Written to a temporary name first and then renamed, so a failed write never leaves half an export.
  await writeFile(`${file}.partial`, text, { mode: 0o600 });
  const { rename } = await import('node:fs/promises');
  await rename(`${file}.partial`, file);
  ctx.out.note(`Wrote ${file}.`);
};
