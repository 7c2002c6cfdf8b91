import type { Clock } from '../ports/clock';
import type { IdGenerator } from '../ports/ids';
import type { UserStore } from '../ports/store';

/** What every use case works with: one user's store, the clock and the id source. */
export interface AppDeps {
  db: UserStore;
  clock: Clock;
  ids: IdGenerator;
  /** Facts about the machine the core cannot read: the zone a new user starts in. */
  defaults: { timezone: string };
}

export function nowIso(deps: Pick<AppDeps, 'clock'>): string {
  return deps.clock.now().toISOString();
}
