import { basename } from 'node:path';
import {
  importCsv,
  type ImportCsvOptions,
  type ImportCsvResult,
  type ImportHooks,
} from '../../app/import-csv';
import { AppError, invalid } from '../../core/app-error';
import type { DateAmbiguity, ImportFile } from '../../core/import';
import type { CommandContext, Handler } from '../command-context';
import { readInput } from '../read-input';
import { ask, canAsk } from './ask';
import { columnPreview, dateOrderHelp, fileLine, mappingHelp, reportLines } from './import-report';
import { str } from './parse-options';

const DELIMITER_NAMES: Record<string, ',' | ';' | '\t'> = {
  ',': ',',
  comma: ',',
  ';': ';',
  semicolon: ';',
  tab: '\t',
  '\\t': '\t',
  '\t': '\t',
};

function optionsFrom(o: Record<string, unknown>): ImportCsvOptions {
  const delimiter = str(o.delimiter);
  if (delimiter !== undefined && DELIMITER_NAMES[delimiter.toLowerCase()] === undefined) {
    throw invalid('delimiter', `must be comma, semicolon or tab (got "${delimiter}")`);
  }
  return {
    format: (str(o.format) ?? 'auto').toLowerCase() as ImportCsvOptions['format'],
    ...(str(o.map) === undefined ? {} : { map: str(o.map) }),
    ...(str(o.dateOrder) === undefined
      ? {}
      : { dateOrder: str(o.dateOrder)?.toUpperCase() as ImportCsvOptions['dateOrder'] }),
    ...(delimiter === undefined ? {} : { delimiter: DELIMITER_NAMES[delimiter.toLowerCase()] }),
    dryRun: Boolean(o.dryRun),
  };
}

/** Asks which order an ambiguous date column is in; `undefined` when the answer is not one of them. */
async function askDateOrder(
  ctx: CommandContext,
  columns: readonly DateAmbiguity[],
): Promise<'DMY' | 'MDY' | 'YMD' | undefined> {
  ctx.out.note(dateOrderHelp(columns).slice(0, -1).join('\n'));
  const answer = (
    await ask(ctx, 'Which order are they in? [DMY/MDY/YMD, anything else stops] ')
  )?.toUpperCase();
  return answer === 'DMY' || answer === 'MDY' || answer === 'YMD' ? answer : undefined;
}

/**
 * A format guessed from generic header names is shown before anything is written: the user confirms at a
 * terminal, and a script passes --yes (or --map, which is the user saying which column is which).
 */
function confirmGuess(
  ctx: CommandContext,
  name: string,
  o: Record<string, unknown>,
  interactive: boolean,
): ImportHooks['confirm'] {
  return async (file: ImportFile, rows) => {
    if (file.confidence !== 'guess' || o.map !== undefined || o.yes) return true;
    ctx.out.note([fileLine(name, file), ...columnPreview(file)].join('\n'));
    if (interactive) {
      const ok = rows.filter((r) => r.kind === 'ok').length;
      const answer = await ask(ctx, `Import ${ok} row${ok === 1 ? '' : 's'} with these columns? [y/N] `);
      return answer !== null && /^y(es)?$/i.test(answer);
    }
    ctx.out.note(
      'The format was guessed from the column names. Check the columns above, then run again with --yes, or say which column is which with --map.',
    );
    return false;
  };
}

/** What a result that needs the user says, on stderr, with exit code 2; `--json` gets the result itself. */
function needsUser(
  ctx: CommandContext,
  name: string,
  result: Exclude<ImportCsvResult, { kind: 'imported' }>,
): number {
  if (result.kind === 'unreadable') {
    throw new AppError('validation', `${name} cannot be read as CSV: ${result.error.message}`, {
      field: 'file',
      details: { line: result.error.line },
    });
  }
  if (result.kind === 'bad-mapping')
    throw new AppError('validation', `--map: ${result.error}`, { field: 'map' });
  if (ctx.out.json) {
    ctx.out.data(result);
    return 2;
  }
  switch (result.kind) {
    case 'needs-mapping':
      ctx.out.note(
        [
          `${fileLine(name, result.file)}`,
          `hearback found no ${result.missing.join(' and no ')} column. The columns:`,
          ...columnPreview(result.file),
          ...mappingHelp(name, result.file),
        ].join('\n'),
      );
      return 2;
    case 'needs-date-order':
      ctx.out.note(dateOrderHelp(result.columns).join('\n'));
      return 2;
    case 'declined':
      ctx.out.note('Nothing was imported.');
      return 2;
  }
}

export const importCsvCommand: Handler = async (ctx, args, o) => {
  const file = args[0];
  const options = optionsFrom(o);
  const bytes = await readInput(file, ctx.io.stdin);
  const name = file === undefined || file === '-' ? 'standard input' : basename(file);
  // Standard input is the file itself, so there is nobody to ask.
  const interactive = file !== undefined && file !== '-' && canAsk(ctx);
  const hooks = { confirm: confirmGuess(ctx, name, o, interactive) };
  const { deps } = await ctx.runtime();
  let result = await importCsv(deps, bytes, options, hooks);
  if (result.kind === 'needs-date-order' && interactive) {
    const order = await askDateOrder(ctx, result.columns);
    if (order) result = await importCsv(deps, bytes, { ...options, dateOrder: order }, hooks);
  }
  if (result.kind !== 'imported') return needsUser(ctx, name, result);
  if (ctx.out.json) ctx.out.data(result);
  else ctx.out.line(reportLines(ctx.out, name, result).join('\n'));
  return 0;
};
