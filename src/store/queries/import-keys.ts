import type { Kysely } from 'kysely';
import type { ImportKey } from '../../ports/store';
import type { Database, ImportKeysTable } from '../schema';
import { chunks } from './bulk-writes';

function toImportKey(row: ImportKeysTable): ImportKey {
  return {
    naturalKey: row.natural_key,
    applicationId: row.application_id,
    fingerprint: row.fingerprint,
    sourceFormat: row.source_format,
    contactId: row.contact_id,
    importedAt: row.imported_at,
  };
}

/** Every key the user's imports left, by natural key: one read, however large the file. */
export async function listImportKeys(db: Kysely<Database>, userId: string): Promise<ImportKey[]> {
  const rows = await db
    .selectFrom('import_keys')
    .selectAll()
    .where('user_id', '=', userId)
    .orderBy('natural_key')
    .execute();
  return rows.map(toImportKey);
}

export async function putImportKeys(
  db: Kysely<Database>,
  userId: string,
  keys: readonly ImportKey[],
): Promise<void> {
  const rows: ImportKeysTable[] = keys.map((k) => ({
    user_id: userId,
    natural_key: k.naturalKey,
    application_id: k.applicationId,
    fingerprint: k.fingerprint,
    source_format: k.sourceFormat,
    contact_id: k.contactId,
    imported_at: k.importedAt,
  }));
  for (const chunk of chunks(rows)) {
    await db
      .insertInto('import_keys')
      .values(chunk)
      .onConflict((conflict) =>
        conflict.columns(['user_id', 'natural_key']).doUpdateSet((eb) => ({
          application_id: eb.ref('excluded.application_id'),
          fingerprint: eb.ref('excluded.fingerprint'),
          source_format: eb.ref('excluded.source_format'),
          contact_id: eb.ref('excluded.contact_id'),
          imported_at: eb.ref('excluded.imported_at'),
        })),
      )
      .execute();
  }
}
