import type { EventKind, Stage } from '../api/types';

/** The event that puts an application into each stage (docs/api.md); `saved` has none. */
const EVENT_FOR_STAGE: Partial<Record<Stage, EventKind>> = {
  applied: 'applied',
  interviewing: 'interview',
  offer: 'offer',
  rejected: 'rejection',
  withdrawn: 'withdrawn',
  ghosted: 'ghosted',
};

export type Move = { ok: true; kind: EventKind } | { ok: false; why: string };

/**
 * What moving a card from one column to another records. Some moves record nothing sensible: an application
 * cannot become unsent, and an "applied" event does not undo a later interview or rejection (the stage is
 * derived from the events in order), so those are refused with a reason rather than logging an event that
 * would leave the card where it was.
 *
 * @example
 * moveBetween('applied', 'interviewing'); // { ok: true, kind: 'interview' }
 */
export function moveBetween(from: Stage, to: Stage): Move {
  if (from === to) return { ok: false, why: 'It is already there.' };
  if (to === 'saved') return { ok: false, why: 'An application cannot go back to saved. Delete the event that moved it instead, from its timeline.' };
  if (to === 'applied' && from !== 'saved' && from !== 'ghosted') {
    return { ok: false, why: `Moving back to applied would not undo the ${from} step. Remove that event from the application's timeline instead.` };
  }
  if (to === 'applied' && from === 'ghosted') return { ok: false, why: 'Log their reply on the application page: a reply reopens it.' };
  const kind = EVENT_FOR_STAGE[to];
  return kind ? { ok: true, kind } : { ok: false, why: 'No event leads there.' };
}

/** The stages a card can be moved to from where it is, for the "Move to" menu. */
export function targetsFrom(from: Stage, stages: readonly Stage[]): Stage[] {
  return stages.filter((to) => moveBetween(from, to).ok);
}
