import { randomUUID } from 'node:crypto';
import pg from 'pg';

/**
 * Test support for suites that need a PostgreSQL database of their own: each scratch database has a unique
 * name, so parallel runs and leftovers from a crashed run never collide, and is dropped by `drop`.
 */

export const DEFAULT_TEST_PG = 'postgres://postgres@127.0.0.1:5432/postgres';

/** The url with any password masked, fit for a log line. */
export function redactUrl(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password !== '') parsed.password = '***';
    return parsed.toString();
  } catch {
    return '(an unparsable url)';
  }
}

async function withClient<T>(url: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 2_000 });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/** Whether the server at `url` accepts a connection and a query, and if not, why. */
export async function probePostgres(url: string): Promise<{ ok: boolean; why: string }> {
  try {
    await withClient(url, (client) => client.query('select 1'));
    return { ok: true, why: `${redactUrl(url)} answers` };
  } catch (error) {
    const reason = error instanceof Error ? error.message || error.name : String(error);
    return { ok: false, why: `${redactUrl(url)} is unreachable: ${reason}` };
  }
}

export interface ScratchDatabase {
  url: string;
  drop(): Promise<void>;
}

/** Creates an empty database on the server at `adminUrl`, which must be allowed to create databases. */
export async function createScratchDatabase(adminUrl: string): Promise<ScratchDatabase> {
  const name = `hearback_test_${process.pid}_${randomUUID().replaceAll('-', '').slice(0, 12)}`;
  await withClient(adminUrl, (client) => client.query(`create database ${pg.escapeIdentifier(name)}`));
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: async () => {
      await withClient(adminUrl, (client) =>
        client.query(`drop database if exists ${pg.escapeIdentifier(name)} with (force)`),
      );
    },
  };
}
