import type { ImportCsvResult } from '../../app/import-csv';
import { IMPORT_FIELDS, type DateAmbiguity, type ImportFile } from '../../core/import';
import type { Output } from '../output';
import { pad } from '../output';

/** Past this many, lists end with "...and N more"; `--json` has them all. */
const SHOWN = 20;

const ORDER_WORDS = {
  DMY: 'day/month/year',
  MDY: 'month/day/year',
  YMD: 'year/month/day',
  ISO: 'ISO 8601',
} as const;

function capped<T>(items: readonly T[], line: (item: T) => string, limit = SHOWN): string[] {
  const shown = items.slice(0, limit).map(line);
  return items.length > limit
    ? [...shown, `  ...and ${items.length - limit} more (all of them with --json)`]
    : shown;
}

/** How the file was read: "Read jobs.csv as Teal (exact match): utf-8, comma-separated." */
export function fileLine(name: string, file: ImportFile): string {
  const how = {
    exact: 'exact match',
    likely: 'recognised by its headers',
    guess: 'guessed from the headers',
    none: 'not recognised',
  }[file.confidence];
  const delimiter = { ',': 'comma', ';': 'semicolon', '\t': 'tab' }[file.delimiter];
  return `Read ${name} as ${file.formatLabel} (${how}): ${file.encoding}, ${delimiter}-separated.`;
}

/** Each column, where it goes, and its first values: what a person checks before importing a guess. */
export function columnPreview(file: ImportFile): string[] {
  const width = Math.min(30, Math.max(...file.columns.map((c) => c.header.length), 6));
  return file.columns.map(
    (c) =>
      `  ${pad(c.header, width)}  ->  ${pad(c.field ?? '(not imported)', 14)}  ${c.samples.length ? `e.g. ${c.samples.join(', ')}` : '(empty)'}`,
  );
}

export function mappingHelp(name: string, file: ImportFile): string[] {
  const example = file.columns
    .slice(0, 2)
    .map((c, i) => `${c.header.includes(',') ? `"${c.header}"` : c.header}=${i === 0 ? 'company' : 'role'}`);
  return [
    'Say which column holds what with --map, for example:',
    `  hearback import csv ${name} --map "${example.join(',')}"`,
    `Fields: ${IMPORT_FIELDS.join(', ')}.`,
  ];
}

export function dateOrderHelp(columns: readonly DateAmbiguity[]): string[] {
  const lines = columns.map((c) =>
    c.conflict
      ? `  "${c.header}" holds dates that fit no single order (e.g. ${c.examples.join(', ')}).`
      : `  "${c.header}" could be ${c.candidates.map((o) => ORDER_WORDS[o]).join(' or ')} (e.g. ${c.examples.join(', ')}).`,
  );
  return [
    'hearback does not guess the order of numeric dates:',
    ...lines,
    'Run again with --date-order DMY (day first), --date-order MDY (month first) or --date-order YMD.',
  ];
}

/** The report of an import or a dry run, for a person. */
export function reportLines(
  out: Output,
  name: string,
  result: Extract<ImportCsvResult, { kind: 'imported' }>,
): string[] {
  const { report, file } = result;
  const lines = [fileLine(name, file)];
  for (const d of result.dates)
    lines.push(
      `  "${d.header}" read as ${ORDER_WORDS[d.order]}${d.decidedBy === 'values' || d.order === 'ISO' ? '' : ` (decided by ${d.decidedBy})`}.`,
    );
  const counts = `${report.created} created, ${report.updated} updated, ${report.unchanged} unchanged, ${report.rejected.length} rejected`;
  lines.push(
    result.dryRun
      ? out.style('bold', `Dry run, nothing written. It would give: ${counts}.`)
      : out.style('bold', `Imported: ${counts}.`),
  );
  if (result.dryRun) {
    lines.push('', out.style('bold', 'Preview'));
    lines.push(
      ...capped(
        result.rows,
        (r) =>
          `  line ${pad(String(r.line), 5)} ${pad(r.outcome, 9)} ${pad(r.stage, 12)} ${r.company} — ${r.role}`,
        50,
      ),
    );
  }
  if (report.rejected.length > 0) {
    lines.push(
      '',
      out.style('yellow', `Rejected rows (${report.rejected.length}), nothing written for them:`),
    );
    lines.push(...capped(report.rejected, (r) => `  ${r.reason}`));
  }
  if (report.warnings.length > 0) {
    lines.push('', `Notes (${report.warnings.length}):`);
    lines.push(...capped(report.warnings, (w) => `  line ${w.line}: ${w.message}`));
  }
  if (!result.dryRun && report.created + report.updated > 0)
    lines.push('', 'See what to do now with `hearback today`.');
  return lines;
}
