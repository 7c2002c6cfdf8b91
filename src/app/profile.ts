import { z } from 'zod';
import { EMPTY_PROFILE, type Profile } from '../core/model';
import type { AppDeps } from './deps';
import { shortText } from './schemas';
import { validate } from './validate';

export const ProfilePatch = z
  .object({
    name: z.string().trim().max(200),
    signature: z.string().trim().max(2000),
    headline: z.string().trim().max(300),
    strengths: z.array(shortText(120)).max(5, 'at most 5; three to five work best'),
    recentAchievement: z.string().trim().max(500).nullable(),
    links: z.array(z.url('is not a URL').max(500)).max(10),
  })
  .partial();
export type ProfilePatch = z.input<typeof ProfilePatch>;

export async function getProfile(deps: Pick<AppDeps, 'db'>): Promise<Profile> {
  return (await deps.db.getProfile()) ?? { ...EMPTY_PROFILE, strengths: [], links: [] };
}

/** Changes the profile that drafts are written from. Fields left out keep their value. */
export async function updateProfile(deps: Pick<AppDeps, 'db'>, raw: unknown): Promise<Profile> {
  const patch = validate(ProfilePatch, raw);
  const current = await getProfile(deps);
  const next: Profile = { ...current, ...patch };
  // A signature that ends with the old name follows a new one, unless the same change sets the signature.
  if (patch.name !== undefined && patch.signature === undefined) next.signature = renameSignature(current.signature, current.name, next.name);
  if (next.recentAchievement === '') next.recentAchievement = null;
  await deps.db.putProfile(next);
  return next;
}

function renameSignature(signature: string, oldName: string, newName: string): string {
  const lines = signature.split('\n');
  const last = lines.length - 1;
  if (oldName.trim() === '' || newName.trim() === '' || lines[last]?.trim() !== oldName.trim()) return signature;
  lines[last] = newName.trim();
  return lines.join('\n');
}
