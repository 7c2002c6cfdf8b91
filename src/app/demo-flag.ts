import type { Profile } from '../core/model';
import type { AppDeps } from './deps';

/** The meta key holding the ids of the demo applications. Kept apart from the demo loader, which is heavy. */
export const DEMO_KEY = 'demo_application_ids';

/** The meta key holding the profile the demo wrote, so that removing the demo takes it back only if unchanged. */
export const DEMO_PROFILE_KEY = 'demo_profile';

/** A profile as one comparable string: the store may return its fields in another order than written. */
export function profileKey(p: Profile): string {
  return JSON.stringify([p.name, p.headline, p.strengths, p.signature, p.recentAchievement, p.links]);
}

/** Whether the profile is the one the demo wrote and the user has not changed. */
export async function isDemoProfile(deps: Pick<AppDeps, 'db'>): Promise<boolean> {
  const [written, profile] = await Promise.all([deps.db.getMeta(DEMO_PROFILE_KEY), deps.db.getProfile()]);
  return Boolean(written) && profile !== null && profileKey(profile) === written;
}

/** Whether the store holds demo data, so every view can say so. */
export async function isDemo(deps: Pick<AppDeps, 'db'>): Promise<boolean> {
  const ids = await deps.db.getMeta(DEMO_KEY);
  return ids !== null && ids !== '[]';
}
