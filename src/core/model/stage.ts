/** Where an application stands. Stored for filtering, but always derived from its events. */
export const STAGES = ['saved', 'applied', 'interviewing', 'offer', 'rejected', 'withdrawn', 'ghosted'] as const;
export type Stage = (typeof STAGES)[number];

/** Stages after which the post-application follow-up chain is closed. */
export const CLOSED_STAGES: ReadonlySet<Stage> = new Set<Stage>(['offer', 'rejected', 'withdrawn']);

export function isStage(value: unknown): value is Stage {
  return typeof value === 'string' && (STAGES as readonly string[]).includes(value);
}
