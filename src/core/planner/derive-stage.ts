import type { AppEvent, Stage } from '../model';

const STAGE_OF: Partial<Record<AppEvent['kind'], Stage>> = {
  applied: 'applied',
  interview: 'interviewing',
  offer: 'offer',
  rejection: 'rejected',
  withdrawn: 'withdrawn',
  ghosted: 'ghosted',
};

/** The stage so far, and the one to return to if a ghosted application hears back. */
export interface StageWalk {
  stage: Stage;
  beforeGhosted: Stage;
}

export function startStage(appliedAt: string | null): StageWalk {
  const stage: Stage = appliedAt ? 'applied' : 'saved';
  return { stage, beforeGhosted: stage };
}

/** Moves the walk on by one event; shared by deriveStage and the planner's single pass over the events. */
export function stepStage(walk: StageWalk, event: AppEvent): void {
  const next = STAGE_OF[event.kind];
  if (next === 'applied') {
    if (walk.stage === 'saved') walk.stage = 'applied';
  } else if (next === 'ghosted') {
    if (walk.stage !== 'ghosted') walk.beforeGhosted = walk.stage;
    walk.stage = 'ghosted';
  } else if (next) {
    walk.stage = next;
  } else if (event.kind === 'reply' && walk.stage === 'ghosted') {
    walk.stage = walk.beforeGhosted;
  }
}

/**
 * The stage an application is in after its events, in order. A human reply reopens a ghosted application:
 * they wrote after all.
 *
 * @example
 * deriveStage([applied, interview], null); // 'interviewing'
 * deriveStage([applied, ghosted, reply], null); // 'applied'
 */
export function deriveStage(events: readonly AppEvent[], appliedAt: string | null): Stage {
  const walk = startStage(appliedAt);
  for (const event of events) stepStage(walk, event);
  return walk.stage;
}
