import type { Kysely } from 'kysely';
import type { Profile, Settings } from '../../core/model';
import type { Database } from '../schema';

/** Settings and profile are one JSON document per user; meta is a per-user key/value list. */

export async function getSettings(db: Kysely<Database>, userId: string): Promise<Settings | null> {
  const row = await db.selectFrom('settings').select('body').where('user_id', '=', userId).executeTakeFirst();
  return row === undefined ? null : (JSON.parse(row.body) as Settings);
}

export async function putSettings(db: Kysely<Database>, userId: string, settings: Settings): Promise<void> {
  const body = JSON.stringify(settings);
  await db
    .insertInto('settings')
    .values({ user_id: userId, body })
    .onConflict((conflict) => conflict.column('user_id').doUpdateSet({ body }))
    .execute();
}

export async function getProfile(db: Kysely<Database>, userId: string): Promise<Profile | null> {
  const row = await db.selectFrom('profile').select('body').where('user_id', '=', userId).executeTakeFirst();
  return row === undefined ? null : (JSON.parse(row.body) as Profile);
}

export async function putProfile(db: Kysely<Database>, userId: string, profile: Profile): Promise<void> {
  const body = JSON.stringify(profile);
  await db
    .insertInto('profile')
    .values({ user_id: userId, body })
    .onConflict((conflict) => conflict.column('user_id').doUpdateSet({ body }))
    .execute();
}

export async function getMeta(db: Kysely<Database>, userId: string, key: string): Promise<string | null> {
  const row = await db
    .selectFrom('meta')
    .select('value')
    .where('user_id', '=', userId)
    .where('key', '=', key)
    .executeTakeFirst();
  return row?.value ?? null;
}

export async function putMeta(
  db: Kysely<Database>,
  userId: string,
  key: string,
  value: string,
): Promise<void> {
  await db
    .insertInto('meta')
    .values({ user_id: userId, key, value })
    .onConflict((conflict) => conflict.columns(['user_id', 'key']).doUpdateSet({ value }))
    .execute();
}
