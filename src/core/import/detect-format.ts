import type { ColumnMapping, ImportField } from './import-field';
import { genericFieldFor, normalizeHeader } from './header-aliases';
import { KNOWN_FORMATS } from './known-formats';
import type { FormatChoice, FormatId, FormatSpec } from './known-formats';

/**
 * How sure the detection is. `exact`: the format's signature is there and every column is one it writes.
 * `likely`: the signature is there, with columns it does not write (which are matched by generic names).
 * `guess`: no known format, but generic names found a company and a role; show a preview before importing.
 * `none`: no company or no role column could be found; the user must give `--map`.
 */
export type FormatConfidence = 'exact' | 'likely' | 'guess' | 'none';

export interface FormatDetection {
  format: FormatId;
  confidence: FormatConfidence;
  /** One entry per header: the field its column fills, or `null`. */
  mapping: ColumnMapping;
}

/** A field may be filled by one column only; later columns naming it again are left out. */
const REPEATABLE: ReadonlySet<ImportField> = new Set(['ignore', 'salary']);

/**
 * The mapping a format gives a header row: its own column names first, generic names for the rest.
 *
 * @example
 * mappingFor(KNOWN_FORMATS.teal, ['Company Name', 'Job Title', 'Status', 'Excitement'])
 * // ['company', 'role', 'status', 'ignore']
 */
export function mappingFor(spec: FormatSpec, headers: readonly string[]): ColumnMapping {
  const taken = new Set<ImportField>();
  return headers.map((header) => {
    const field = spec.columns[normalizeHeader(header)] ?? genericFieldFor(header);
    if (field === null || (taken.has(field) && !REPEATABLE.has(field))) return null;
    taken.add(field);
    return field;
  });
}

function signatureMatches(spec: FormatSpec, normalised: ReadonlySet<string>): boolean {
  return spec.signature.length > 0 && spec.signature.every((group) => group.some((h) => normalised.has(h)));
}

function confidenceOf(
  spec: FormatSpec,
  headers: readonly string[],
  mapping: ColumnMapping,
): FormatConfidence {
  const normalised = new Set(headers.map(normalizeHeader));
  if (signatureMatches(spec, normalised)) {
    return headers.every((h) => spec.columns[normalizeHeader(h)] !== undefined) ? 'exact' : 'likely';
  }
  return mapping.includes('company') && mapping.includes('role') ? 'guess' : 'none';
}

function detect(spec: FormatSpec, headers: readonly string[]): FormatDetection {
  const mapping = mappingFor(spec, headers);
  return { format: spec.id, confidence: confidenceOf(spec, headers, mapping), mapping };
}

/**
 * Recognises the format of a CSV file from its header row, ignoring case, spacing, punctuation and extra
 * columns. When several formats' signatures are present, the one with the largest signature wins: JobSync's
 * five-column signature contains Teal's three. With `choice` set to a format, that format's mapping is used
 * whatever the headers, and the confidence says how well they fit; `linkedin` picks the saved-jobs file
 * when there is a Saved Date column.
 *
 * @example
 * detectFormat(['Saved Date', 'Job Url', 'Job Title', 'Company Name'])
 * // { format: 'linkedin-saved', confidence: 'exact', mapping: ['savedAt', 'url', 'role', 'company'] }
 */
export function detectFormat(headers: readonly string[], choice: FormatChoice = 'auto'): FormatDetection {
  const normalised = new Set(headers.map(normalizeHeader));
  if (choice === 'linkedin') {
    const saved = normalised.has('saveddate') && !normalised.has('applicationdate');
    return detect(KNOWN_FORMATS[saved ? 'linkedin-saved' : 'linkedin-applications'], headers);
  }
  if (choice !== 'auto') return detect(KNOWN_FORMATS[choice], headers);
  const candidates = Object.values(KNOWN_FORMATS)
    .filter((spec) => signatureMatches(spec, normalised))
    .sort((a, b) => b.signature.length - a.signature.length);
  const best = candidates[0];
  return detect(best ?? KNOWN_FORMATS.generic, headers);
}
