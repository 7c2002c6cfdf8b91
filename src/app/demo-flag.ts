import type { AppDeps } from './deps';

/** The meta key holding the ids of the demo applications. Kept apart from the demo loader, which is heavy. */
export const DEMO_KEY = 'demo_application_ids';

/** Whether the store holds demo data, so every view can say so. */
export async function isDemo(deps: Pick<AppDeps, 'db'>): Promise<boolean> {
  const ids = await deps.db.getMeta(DEMO_KEY);
  return ids !== null && ids !== '[]';
}
