import type { Delimiter } from './sniff-delimiter';

/** Excel's first line naming the delimiter: `sep=;`, `sep=,` or `sep=` followed by a tab. */
const SEP_LINE = /^(\uFEFF?)sep=(.)[ \t]*(\r\n|\r|\n|$)/i;

const NAMED: Readonly<Record<string, Delimiter>> = { ',': ',', ';': ';', '\t': '\t' };

/**
 * Reads Excel's `sep=X` first line: the delimiter it names, and the text with that line left empty, so
 * that the header row is the real one (the parser skips empty lines) and line numbers in messages stay the
 * file's own. A `sep=` naming another character is left alone, and the file is read as any other.
 *
 * @example
 * excelSepLine('sep=;\nCompany;Role\n') // { delimiter: ';', text: '\nCompany;Role\n' }
 * excelSepLine('Company,Role\n')        // { delimiter: null, text: 'Company,Role\n' }
 */
export function excelSepLine(text: string): { delimiter: Delimiter | null; text: string } {
  const match = SEP_LINE.exec(text);
  const delimiter = match?.[2] === undefined ? undefined : NAMED[match[2]];
  if (match === null || delimiter === undefined) return { delimiter: null, text };
  return { delimiter, text: `${match[1] ?? ''}${match[3] ?? ''}${text.slice(match[0].length)}` };
}
