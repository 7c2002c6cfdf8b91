import { humanDate, parseIsoDate } from '../core/calendar/civil-date';
import type { DueWindow } from '../core/model';

/**
 * A due window as the recipient's local time, read straight from its ISO strings (they carry the
 * recipient's offset): `Mon 9 Nov 09:00–11:30 (UTC-05:00)`.
 *
 * @example
 * formatWindow({ start: '2026-11-09T09:00:00-05:00', end: '2026-11-09T11:30:00-05:00' });
 */
export function formatWindow(due: DueWindow): string {
  const day = parseIsoDate(due.start.slice(0, 10));
  const date = day === null ? due.start.slice(0, 10) : humanDate(day);
  const offset = due.start.slice(19);
  const zone = offset === 'Z' || offset === '+00:00' ? 'UTC' : `UTC${offset}`;
  const sameDay = due.start.slice(0, 10) === due.end.slice(0, 10);
  const end = sameDay ? due.end.slice(11, 16) : `${due.end.slice(0, 10)} ${due.end.slice(11, 16)}`;
  return `${date} ${due.start.slice(11, 16)}–${end} (${zone})`;
}

/** A seed file name as its short id: `003_97cd….txt` → `003`. */
export function seedId(file: string): string {
  return file.slice(0, 3);
}
