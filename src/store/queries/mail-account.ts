import type { Kysely } from 'kysely';
import type { StoredMailAccount } from '../../ports/mail-records';
import { toMailAccount } from '../mail-rows';
import type { Database } from '../schema';

export async function getMailAccount(db: Kysely<Database>, userId: string): Promise<StoredMailAccount | null> {
  const row = await db.selectFrom('mail_accounts').selectAll().where('user_id', '=', userId).executeTakeFirst();
  return row ? { account: toMailAccount(row.body), sealedPassword: row.sealed_password } : null;
}

export async function putMailAccount(db: Kysely<Database>, userId: string, stored: StoredMailAccount): Promise<void> {
  const values = {
    body: JSON.stringify(stored.account),
    sealed_password: stored.sealedPassword,
    updated_at: stored.account.updatedAt,
  };
  await db
    .insertInto('mail_accounts')
    .values({ user_id: userId, ...values })
    .onConflict((conflict) => conflict.column('user_id').doUpdateSet(values))
    .execute();
}

export async function deleteMailAccount(db: Kysely<Database>, userId: string): Promise<void> {
  await db.deleteFrom('mail_accounts').where('user_id', '=', userId).execute();
}
