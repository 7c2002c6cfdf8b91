/** A due window as the app layer keeps it per action, with the sequence it was last published under. */
export interface PublishedWindow {
  dueStart: string;
  dueEnd: string;
  sequence: number;
}

const sameInstant = (a: string, b: string): boolean => {
  const left = Date.parse(a);
  return Number.isNaN(left) ? a === b : left === Date.parse(b);
};

/**
 * The SEQUENCE to publish an action's event under. A calendar keeps its copy of an event until it sees a
 * higher sequence, so the number must grow whenever the due window moves, and must not grow otherwise, or
 * every feed refresh would look like a change. Windows are compared as instants: the same time written
 * with another offset has not moved. A first publication is sequence 0.
 *
 * @example
 * nextSequence(null, { dueStart: '2026-03-06T09:00:00-05:00', dueEnd: '2026-03-06T11:30:00-05:00' }) // 0
 * nextSequence({ dueStart: '2026-03-06T14:00:00Z', dueEnd: '2026-03-06T16:30:00Z', sequence: 2 },
 *              { dueStart: '2026-03-06T09:00:00-05:00', dueEnd: '2026-03-06T11:30:00-05:00' }) // 2
 */
export function nextSequence(
  previous: PublishedWindow | null,
  current: { dueStart: string; dueEnd: string },
): number {
  if (previous === null) return 0;
  const moved =
    !sameInstant(previous.dueStart, current.dueStart) || !sameInstant(previous.dueEnd, current.dueEnd);
  return moved ? previous.sequence + 1 : previous.sequence;
}
