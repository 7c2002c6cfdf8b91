import { Kysely, PostgresDialect } from 'kysely';
import pg from 'pg';
import type { Store } from '../../ports/store';
import { KyselyStore, type StoreOptions } from '../kysely-store';
import type { Database } from '../schema';
import { mapPgError } from './map-pg-error';

/**
 * pg returns `bigint` (int8) columns as strings, because not every int8 fits a JS number. Ours are epoch
 * milliseconds and counts, which do, and the row types say `number` on both drivers. The parser is set on
 * this pool only, so other pg users in the process (pg-boss) keep the default.
 */
function typeOverrides(): pg.TypeOverrides {
  const types = new pg.TypeOverrides();
  types.setTypeParser(pg.types.builtins.INT8, (value: string) => Number(value));
  return types;
}

/**
 * Opens the PostgreSQL store at `url` (`postgres://user@host:5432/db`). Connections are made lazily, so a
 * wrong url or a stopped server shows up as `store_unavailable` from the first query, which `openStore`'s
 * migration runs at once.
 */
export function openPostgresStore(url: string, options: StoreOptions = {}): Store {
  const pool = new pg.Pool({ connectionString: url, types: typeOverrides(), application_name: 'hearback' });
  // An idle connection that the server drops (a restart, a failover) is reported here; without a listener
  // the error would crash the process. The pool discards that connection and the next query makes a new one,
  // whose failure, if the server is really gone, reaches the caller as store_unavailable.
  pool.on('error', () => undefined);
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
  return new KyselyStore({ kind: 'postgres', db, mapError: mapPgError }, options);
}
