import { invalid } from '../../core/app-error';

/** Splits `DE-BY` into country and region; `US` has no region. */
export function splitCountry(value: unknown): { country?: string; region?: string } {
  if (typeof value !== 'string' || value.trim() === '') return {};
  const [country, ...rest] = value.trim().toUpperCase().split('-');
  return { country: country ?? '', ...(rest.length ? { region: rest.join('-') } : {}) };
}

/** Reads `09:00-11:30` (an en dash is fine too) as a time range. */
export function timeRange(value: unknown, field: string): { start: string; end: string } {
  const m = typeof value === 'string' ? /^\s*(\d\d:\d\d)\s*[-–]\s*(\d\d:\d\d)\s*$/.exec(value) : null;
  if (!m) throw invalid(field, `must be a range like 09:00-11:30 (got "${String(value)}")`);
  return { start: m[1] ?? '', end: m[2] ?? '' };
}

/** Splits `point; point` into trimmed, non-empty parts. */
export function splitList(value: unknown, separator = ';'): string[] {
  return typeof value === 'string' ? value.split(separator).map((s) => s.trim()).filter(Boolean) : [];
}

export function str(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}
