import type { AppEvent, Stage } from '../model';

/** The stage an event moves an application to, if any. */
function stageAfter(kind: AppEvent['kind']): Stage | null {
  switch (kind) {
    case 'applied':
      return 'applied';
    case 'interview':
      return 'interviewing';
    case 'offer':
      return 'offer';
    case 'rejection':
      return 'rejected';
    case 'withdrawn':
      return 'withdrawn';
    case 'ghosted':
      return 'ghosted';
    default:
      return null;
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
  let stage: Stage = appliedAt ? 'applied' : 'saved';
  let beforeGhosted: Stage = stage;
  for (const event of events) {
    const next = stageAfter(event.kind);
    if (next === 'applied') {
      if (stage === 'saved') stage = 'applied';
    } else if (next === 'ghosted') {
      if (stage !== 'ghosted') beforeGhosted = stage;
      stage = 'ghosted';
    } else if (next) {
      stage = next;
    } else if (event.kind === 'reply' && stage === 'ghosted') {
      stage = beforeGhosted;
    }
  }
  return stage;
}
