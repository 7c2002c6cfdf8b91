export const DELIMITERS = [',', ';', '\t'] as const;
export type Delimiter = (typeof DELIMITERS)[number];

/** Enough records to see a pattern without reading a large file twice. */
const SAMPLE_RECORDS = 20;

/**
 * Counts each candidate delimiter per record over the first records, outside double quotes, so that a
 * quoted "Acme, Inc." or a quoted newline does not count.
 */
function countPerRecord(text: string): Map<Delimiter, number[]> {
  const counts = new Map<Delimiter, number[]>(DELIMITERS.map((d) => [d, [0]]));
  let inQuotes = false;
  let records = 1;
  for (let i = 0; i < text.length && records <= SAMPLE_RECORDS; i++) {
    const ch = text[i];
    if (ch === '"') {
      inQuotes = !inQuotes;
    } else if (!inQuotes && (ch === '\n' || ch === '\r')) {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      records++;
      for (const list of counts.values()) list.push(0);
    } else if (!inQuotes && (ch === ',' || ch === ';' || ch === '\t')) {
      const list = counts.get(ch);
      if (list !== undefined) list[list.length - 1] = (list.at(-1) ?? 0) + 1;
    }
  }
  return counts;
}

/**
 * Scores a delimiter: it must split the header row, and it scores by how many records split into the same
 * number of cells as the header. Blank records (a trailing newline, an empty line) neither help nor hurt.
 */
function score(perRecord: number[]): number {
  const [header = 0, ...rest] = perRecord;
  if (header === 0) return -1;
  const consistent = rest.filter((n) => n === header).length;
  return consistent * 1000 + header;
}

/**
 * Picks the field delimiter of a CSV text among comma, semicolon and tab: the one that splits the header
 * and most records consistently, counted outside quotes. A comma wins ties and is the answer when nothing
 * splits, as in a one-column file.
 *
 * @example
 * sniffDelimiter('Company;Role\nAcme, Inc.;Engineer') // ';'
 * sniffDelimiter('Company\tRole\nAcme\tEngineer')     // '\t'
 */
export function sniffDelimiter(text: string): Delimiter {
  const counts = countPerRecord(text.startsWith('\uFEFF') ? text.slice(1) : text);
  let best: Delimiter = ',';
  let bestScore = score(counts.get(',') ?? []);
  for (const delimiter of DELIMITERS) {
    const candidate = score(counts.get(delimiter) ?? []);
    if (candidate > bestScore) {
      best = delimiter;
      bestScore = candidate;
    }
  }
  return best;
}
