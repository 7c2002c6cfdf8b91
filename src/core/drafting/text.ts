/**
 * A fact as the user typed it, trimmed and with runs of spaces collapsed, or `null` when there is nothing.
 * Trailing full stops and commas go, because the fact is set inside a sentence.
 *
 * @example
 * clean('  Acme   Ledger. '); // 'Acme Ledger'
 * clean('   '); // null
 */
export function clean(text: string | null | undefined): string | null {
  const value = (text ?? '')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[\s.,;:]+$/u, '');
  return value.length > 0 ? value : null;
}

/**
 * Joins items as English does: "a", "a and b", "a, b and c".
 *
 * @example
 * joinList(['billing', 'events', 'testing']); // 'billing, events and testing'
 */
export function joinList(items: readonly string[]): string {
  if (items.length <= 1) return items[0] ?? '';
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1] ?? ''}`;
}

/**
 * Joins sentences into a paragraph, dropping the parts a missing fact turned into `null`.
 *
 * @example
 * paragraph(['I applied.', null, 'Any news?']); // 'I applied. Any news?'
 */
export function paragraph(sentences: readonly (string | null)[]): string | null {
  const kept = sentences.filter((sentence): sentence is string => sentence !== null && sentence.length > 0);
  return kept.length > 0 ? kept.join(' ') : null;
}

/** Joins paragraphs with blank lines, dropping empty ones. */
export function paragraphs(parts: readonly (string | null)[]): string {
  return parts.filter((part): part is string => part !== null && part.length > 0).join('\n\n');
}

/** Words in a text, to keep long facts out of short messages. */
export function wordCount(text: string): number {
  return text.split(/\s+/).filter((word) => word.length > 0).length;
}

/**
 * Capitalises the first letter, for a fact that opens a sentence.
 *
 * @example
 * upperFirst('event sourcing'); // 'Event sourcing'
 */
export function upperFirst(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/**
 * "the Backend Engineer role", or "the Backend Engineer position" when asked, but never "the Product Role
 * role": a title that already ends in such a noun keeps its own.
 *
 * @example
 * theRole('Backend Engineer'); // 'the Backend Engineer role'
 * theRole('Open position'); // 'the Open position'
 */
export function theRole(role: string, noun: 'role' | 'position' = 'role'): string {
  return /\b(?:role|position|job|opening|vacancy)$/i.test(role) ? `the ${role}` : `the ${role} ${noun}`;
}

/** Legal forms that belong on a contract, not in "Hello Initech team". */
const LEGAL_SUFFIX =
  /(?<!&),?\s+(?:inc|incorporated|llc|l\.l\.c|llp|ltd|limited|gmbh|mbh|ag|plc|pty|pty\s+ltd|s\.?a|s\.?a\.?s|b\.?v|n\.?v|oy|ab|s\.?r\.?l|corp|co)\.?$/i;

/**
 * The company as people say it: "Initech LLC" is "Initech", "Müller & Söhne GmbH" is "Müller & Söhne". A
 * name that is nothing but a legal form is kept as it is.
 *
 * @example
 * companyName('Initech LLC'); // 'Initech'
 * companyName('Acme Pty Ltd'); // 'Acme'
 */
export function companyName(company: string | null): string | null {
  if (company === null) return null;
  let name = company;
  for (let stripped = name.replace(LEGAL_SUFFIX, ''); stripped !== name; stripped = name.replace(LEGAL_SUFFIX, '')) {
    if (stripped.trim().length === 0) break;
    name = stripped;
  }
  return name.trim();
}
