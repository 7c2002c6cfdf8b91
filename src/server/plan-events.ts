/**
 * Why the plans changed: the clock moved an action into or out of today, someone changed data, or the mail
 * workers sent, cancelled or read something (or failed, or recovered).
 */
export interface PlanChanged {
  reason: 'schedule' | 'change' | 'mail';
  /** The tab that made the change, from its `x-hearback-tab` header, so that tab can ignore its own echo. */
  origin: string | null;
  at: string;
}

export type PlanListener = (event: PlanChanged) => void;

/**
 * Tells a user's open pages that their plans changed. In one process this is a map of listeners; a server
 * with several web processes would put the same interface over PostgreSQL's LISTEN/NOTIFY, and nothing
 * that publishes or subscribes would change.
 */
export interface PlanEvents {
  publish(userId: string, event: PlanChanged): void;
  /** Returns the function that unsubscribes. */
  subscribe(userId: string, listener: PlanListener): () => void;
  /** How many listeners a user has, for tests and diagnostics. */
  listeners(userId: string): number;
}

export function inProcessPlanEvents(): PlanEvents {
  const byUser = new Map<string, Set<PlanListener>>();
  return {
    publish(userId, event) {
      for (const listener of byUser.get(userId) ?? []) listener(event);
    },
    subscribe(userId, listener) {
      const set = byUser.get(userId) ?? new Set();
      set.add(listener);
      byUser.set(userId, set);
      return () => {
        set.delete(listener);
        if (set.size === 0) byUser.delete(userId);
      };
    },
    listeners: (userId) => byUser.get(userId)?.size ?? 0,
  };
}
