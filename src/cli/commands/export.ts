import { exportApplicationsCsv, exportJson } from '../../app/export-data';
import { invalid } from '../../core/app-error';
import type { Handler } from '../command-context';
import { str } from './parse-options';
import { writeOutput } from './write-output';

/**
 * `hearback export csv|json [--out FILE]`. JSON is everything, lossless and canonical; CSV is one row per
 * application for a spreadsheet. `hearback --json export` (no format) still means JSON, as it always did.
 */
export const exportCommand: Handler = async (ctx, args, o) => {
  const format = args[0]?.toLowerCase() ?? (ctx.global.json ? 'json' : undefined);
  if (format !== 'json' && format !== 'csv') {
    throw invalid(
      'format',
      `${format === undefined ? 'is missing' : `"${format}" is not one`}: say \`hearback export csv\` or \`hearback export json\``,
    );
  }
  const { deps } = await ctx.runtime();
  const text = format === 'json' ? await exportJson(deps) : await exportApplicationsCsv(deps);
  await writeOutput(ctx, str(o.out), text, {
    mediaType: format === 'json' ? 'application/json' : 'text/csv',
  });
};
